import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Archive, openArchive } from './connection.js';
import { ArchiveError } from './errors.js';
import { createPerson } from './people.js';
import { fromSqliteError } from './sqlite-errors.js';
import { TEST_ACTOR, countRows, createDemoFile, removeTempDirs, sha256File } from './test-support.js';
import { NOT_ROOT_REASON, fillDisk, immutable, isRoot, readOnlyView, smallDisk, undoMounts } from './test-mounts.js';

const open: Archive[] = [];
afterEach(async () => {
  for (const a of open.splice(0)) await a.close();
  undoMounts();
});
afterAll(removeTempDirs);

async function keep(a: Promise<Archive>): Promise<Archive> {
  const archive = await a;
  open.push(archive);
  return archive;
}

async function failure(run: Promise<unknown>): Promise<ArchiveError> {
  const error = await run.then(() => new Error('it worked'), (e: unknown) => fromSqliteError(e) ?? e);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe.skipIf(!isRoot)(`SQLite's failures on real files (${isRoot ? 'as root' : NOT_ROOT_REASON})`, () => {
  it('an immutable archive file opens read-only: reads work, writes are READ_ONLY, the file is unchanged', async () => {
    const file = await createDemoFile();
    immutable(file);
    const before = sha256File(file);
    const archive = await keep(openArchive(file, { integrityCheck: 'now' }));
    expect(archive.readOnly).toBe(true);
    expect(await countRows(archive.db, 'people')).toBe(8);
    expect(() => archive.assertWritable()).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    const write = await failure(createPerson(archive.db, { fullName: 'Nguyễn Văn Mới' }, TEST_ACTOR));
    expect(write.code).toBe('READ_ONLY');
    expect(sha256File(file)).toBe(before);
  });

  it('an archive in a read-only folder opens read-only, not as "not a Minutebook archive"', async () => {
    const file = await createDemoFile();
    const view = path.join(readOnlyView(path.dirname(file)), path.basename(file));
    const archive = await keep(openArchive(view, { integrityCheck: 'now' }));
    expect(archive.readOnly).toBe(true);
    expect(archive.integrity()).toEqual({ status: 'ok' });
    expect(await countRows(archive.db, 'committees')).toBe(1);
    expect(() => archive.assertWritable()).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    const checkedInBackground = await keep(openArchive(view));
    expect(await checkedInBackground.checked).toEqual({ status: 'ok' });
  });

  it('a missing archive in a read-only folder is ARCHIVE_MISSING, and init there is READ_ONLY or IO_ERROR, not INTERNAL', async () => {
    const file = await createDemoFile();
    const view = readOnlyView(path.dirname(file));
    expect((await failure(openArchive(path.join(view, 'other.sqlite')))).code).toBe('ARCHIVE_MISSING');
    const created = await failure(openArchive(path.join(view, 'new.sqlite'), { create: true }));
    expect(['READ_ONLY', 'IO_ERROR']).toContain(created.code);
  });

  it('a full disk is DISK_FULL (not "cannot rollback"), nothing half-written, and writes work again once space is freed', async () => {
    const disk = smallDisk(4096);
    const file = path.join(disk, 'archive.sqlite');
    const archive = await keep(openArchive(file, { create: true }));
    await createPerson(archive.db, { fullName: 'Trần Thị Lan' }, TEST_ACTOR);
    const filler = fillDisk(disk);
    const notes = 'Ghi chú '.repeat(500);
    let error: ArchiveError | undefined;
    for (let i = 0; i < 200 && !error; i++) {
      try {
        await createPerson(archive.db, { fullName: `Người ${i}`, notes }, TEST_ACTOR);
      } catch (e) {
        error = fromSqliteError(e) ?? (e as ArchiveError);
      }
    }
    expect(error).toBeInstanceOf(ArchiveError);
    expect(error?.code).toBe('DISK_FULL');
    expect(error?.message).not.toMatch(/cannot rollback/);
    const people = await countRows(archive.db, 'people');
    expect(await countRows(archive.db, 'audit_log')).toBe(people);
    fs.rmSync(filler);
    await createPerson(archive.db, { fullName: 'Lê Thị Bình' }, TEST_ACTOR);
    expect(await countRows(archive.db, 'people')).toBe(people + 1);
  });
});
