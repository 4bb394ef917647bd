import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePath } from '../../db/paths.js';
import { type ExportedFile, isCalendarDate, parseDisplayDate } from '../contract.js';
import { openCore } from '../core/client.js';
import { UsageError } from './usage.js';

export const DOCUMENT_USAGE = 'minutebook document [--db FILE] roster COMMITTEE_ID [--date YYYY-MM-DD] --out FILE.docx';

export interface DocumentArgs {
  db?: string;
  committeeId: number;
  date?: string;
  out: string;
}

/** `document roster ID [--date D] --out FILE.docx` (argv after "document"). */
export function parseDocumentArgs(argv: string[]): DocumentArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [kind, id, ...rest] = positionals;
  if (kind !== 'roster') throw new UsageError(`document: which document? (${DOCUMENT_USAGE})`);
  if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) throw new UsageError(`document roster needs a committee id, not ${id ?? 'nothing'}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
  if (!values.out) throw new UsageError('document needs --out FILE.docx');
  if (!values.out.toLowerCase().endsWith('.docx')) throw new UsageError('--out must name a .docx file');
  let date: string | undefined;
  if (values.date !== undefined) {
    // YYYY-MM-DD, or dd/mm/yyyy as the clerk writes it; a day that does not exist is refused.
    date = isCalendarDate(values.date) ? values.date : (parseDisplayDate(values.date) ?? undefined);
    if (date === undefined) throw new UsageError(`--date is not a day of the calendar: ${values.date}`);
  }
  return { db: values.db, committeeId: Number(id), date, out: values.out };
}

/**
 * Writes the Word roster. The core (worker threads) builds the bytes; this host only saves
 * them: to a temporary file beside the target, then renamed, so a failure leaves no half file.
 */
export async function runDocument(args: DocumentArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser', integrityCheck: 'skip', lock: false });
  try {
    const result = await core.dispatch('roster.exportDocx', { committeeId: args.committeeId, ...(args.date ? { asOf: args.date } : {}) });
    if (!result.ok) {
      console.error(`minutebook: ${result.error.message}`);
      return 1;
    }
    const out = path.resolve(args.out);
    const temp = `${out}.${process.pid}.part`;
    try {
      fs.writeFileSync(temp, Buffer.from((result.value as ExportedFile).base64, 'base64'), { flag: 'wx' });
      fs.renameSync(temp, out);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    console.log(`Wrote ${out}`);
    return 0;
  } finally {
    await core.close();
  }
}
