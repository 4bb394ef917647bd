import fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HEADERS_VI, csvBytes, memberRow } from '../../db/roster-import/test-files.js';
import { createDemoFile, openRaw, removeTempDirs } from '../../db/test-support.js';
import type { Result, RosterImportPreview } from '../contract.js';
import { type Core, openCore } from './client.js';
import { roleFor } from './routing.js';

// The job worker: long writes on a read-write connection of their own, so that the writer
// keeps answering. Real worker threads on a real archive file.

vi.setConfig({ testTimeout: 120_000, hookTimeout: 30_000 });

const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});
afterAll(removeTempDirs);

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** Whether some connection holds the archive's write lock now: BEGIN IMMEDIATE without waiting. */
function writeLocked(sqlite: ReturnType<typeof openRaw>['sqlite']): boolean {
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function bigImport(rows: number) {
  const lines = Array.from({ length: rows }, (_, i) => memberRow(i + 1, `Người Nhập Thử ${i + 1}`));
  return { committeeId: 1, fileName: 'lon.csv', contentBase64: Buffer.from(csvBytes([HEADERS_VI, ...lines])).toString('base64') };
}

describe('the job worker', () => {
  it('routes roster.import.apply to the job worker; other writes stay on the writer', () => {
    expect(roleFor('roster.import.apply')).toBe('job');
    expect(roleFor('people.create')).toBe('writer');
    expect(roleFor('roster.import.preview')).toBe('reader');
  });

  it('a read answers, on the writer itself, while a 10,000-row import holds its write transaction; a write waits on busy_timeout, no deadlock', async () => {
    const file = await createDemoFile();
    // No readers: every read goes to the writer, which the import must therefore not occupy.
    const core = await openCore(file, { host: 'browser', readers: 0 });
    cores.push(core);
    const input = bigImport(10_000);
    const preview = valueOf<RosterImportPreview>(await core.dispatch('roster.import.preview', input));
    expect(preview.errors).toEqual([]);

    const raw = openRaw(file);
    raw.sqlite.pragma('busy_timeout = 0');
    let done = false;
    const applying = core.dispatch('roster.import.apply', { ...input, fileHash: preview.fileHash }).finally(() => (done = true));
    // Reads answered strictly inside the import's transaction: locked before the read was sent and after it answered.
    const during: number[] = [];
    let write: Promise<unknown> | undefined;
    while (!done) {
      if (writeLocked(raw.sqlite)) {
        const started = Date.now();
        const read = await core.dispatch('committees.list', {});
        if (read.ok && writeLocked(raw.sqlite) && !done) {
          during.push(Date.now() - started);
          write ??= core.dispatch('people.create', { fullName: 'Người Viết Trong Lúc Nhập' });
        }
      }
      await sleep(10);
    }
    await raw.close();
    const applied = await applying;
    expect(applied).toMatchObject({ ok: true, value: { memberships: 10_000, newPeople: 10_000 } });
    expect(during.length).toBeGreaterThan(0);
    expect(Math.min(...during)).toBeLessThan(500);
    // The write sent during the import waited on the writer's busy_timeout (5 s), never for
    // ever: written once the import committed or, where the import held on longer (a machine
    // under load), refused as LOCKED, a typed error with nothing written. No deadlock: the next
    // write lands.
    const waited = (await write) as Result<unknown>;
    if (!waited.ok) expect(waited.error.code).toBe('LOCKED');
    expect(await core.dispatch('people.create', { fullName: 'Người Viết Sau Khi Nhập' })).toMatchObject({ ok: true });
  });

  it('close waits for the job in flight, then the writer releases the lock file', async () => {
    const file = await createDemoFile();
    const core = await openCore(file, { host: 'browser', readers: 0 });
    const input = bigImport(2_000);
    const preview = valueOf<RosterImportPreview>(await core.dispatch('roster.import.preview', input));
    const applying = core.dispatch('roster.import.apply', { ...input, fileHash: preview.fileHash });
    await sleep(50);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    await core.close();
    expect(await applying).toMatchObject({ ok: true, value: { memberships: 2_000 } });
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
