import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Db } from '../connection.js';
import type { ActionReport } from '../model/index.js';
import { actionReport, reportActions } from '../reports-actions.js';
import { writeActionReportXlsx } from './actions-report-xlsx.js';

// The report written out: .xlsx (streamed) or .json (the report, then every action, written a
// batch at a time), to a file (the CLI: a temp file beside it, renamed once whole) or to bytes.

export const REPORT_FORMATS = ['xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text, (e) => (e ? reject(e) : undefined))) resolve();
    else stream.once('drain', resolve);
  });
}

export async function writeActionReportJson(db: Db, stream: Writable, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const report = await actionReport(db, asOf, dueSoonDays, committeeId);
  await write(stream, `${JSON.stringify(report, null, 1).replace(/\n}$/, '')},\n "actions": [`);
  let first = true;
  for await (const batch of reportActions(db, asOf, dueSoonDays, committeeId)) {
    await write(stream, batch.map((a) => `${first ? ((first = false), '\n  ') : ',\n  '}${JSON.stringify(a)}`).join(''));
  }
  await write(stream, '\n ]\n}\n');
  stream.end();
  return report;
}

async function writeTo(db: Db, stream: Writable, format: ReportFormat, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const done = finished(stream);
  // When the writer fails first, the stream is destroyed after: that rejection is the writer's, already thrown.
  done.catch(() => undefined);
  const report = format === 'xlsx' ? await writeActionReportXlsx(db, stream, asOf, dueSoonDays, committeeId) : await writeActionReportJson(db, stream, asOf, dueSoonDays, committeeId);
  await done;
  return report;
}

/** Writes the report to `file` through a temporary file beside it: a failure leaves no half file. */
export async function writeActionReportFile(db: Db, file: string, format: ReportFormat, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const out = path.resolve(file);
  const temp = `${out}.${process.pid}.part`;
  const stream = fs.createWriteStream(temp, { flags: 'wx' });
  try {
    const report = await writeTo(db, stream, format, asOf, dueSoonDays, committeeId);
    fs.renameSync(temp, out);
    return report;
  } catch (error) {
    // The file is opened asynchronously: close it before removing it, or it would appear after.
    if (!stream.closed) await new Promise<void>((resolve) => stream.destroy().once('close', () => resolve()));
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** The .xlsx as bytes (the renderer saves it as a download). */
export async function actionReportXlsxBytes(db: Db, asOf: string, dueSoonDays: number, committeeId?: number): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  await writeTo(db, stream, 'xlsx', asOf, dueSoonDays, committeeId);
  return Buffer.concat(chunks);
}
