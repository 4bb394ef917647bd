import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Archive, type Db, openArchive } from './connection.js';
import { ArchiveError } from './errors.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import {
  corruptTablePage,
  countRows,
  createDemoFile,
  makeTempDir,
  openRaw,
  removeTempDirs,
  sha256File,
  tempArchivePath,
  makeNewerArchive,
} from './test-support.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const a of open.splice(0)) await a.close();
});
afterAll(removeTempDirs);

async function keep<T extends { close(): Promise<void> }>(a: Promise<T>): Promise<T> {
  const value = await a;
  open.push(value);
  return value;
}

async function pragma(db: Db, name: string): Promise<unknown> {
  const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db);
  return Object.values(rows[0] ?? {})[0];
}

async function openError(file: string): Promise<ArchiveError> {
  const error = await openArchive(file).then(
    (a) => a.close().then(() => new Error('opened')),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('a new archive', () => {
  it('is created with WAL, foreign keys, synchronous FULL, a busy timeout and the current schema', async () => {
    const file = tempArchivePath();
    expect(fs.existsSync(file)).toBe(false);
    const archive = await keep(openArchive(file, { create: true }));
    expect(fs.existsSync(file)).toBe(true);
    expect(archive.file).toBe(path.resolve(file));
    expect(await pragma(archive.db, 'journal_mode')).toBe('wal');
    expect(await pragma(archive.db, 'foreign_keys')).toBe(1);
    expect(await pragma(archive.db, 'synchronous')).toBe(2);
    expect(await pragma(archive.db, 'busy_timeout')).toBe(5000);
    expect(await pragma(archive.db, 'user_version')).toBe(SCHEMA_VERSION);
    expect(archive.integrity()).toEqual({ status: 'ok' });
    expect(() => archive.assertWritable()).not.toThrow();
  });

  it('creates missing parent folders when asked to create', async () => {
    const file = path.join(makeTempDir(), 'a', 'b', 'archive.sqlite');
    await keep(openArchive(file, { create: true }));
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('enforces foreign keys on the connection it hands out', async () => {
    const archive = await keep(openArchive(tempArchivePath(), { create: true }));
    const insert = archive.db
      .insertInto('memberships')
      .values({ person_id: 999, committee_id: 999, role: 'uy_vien', from_date: '2021-01-01', created_at: 'x' })
      .execute();
    await expect(insert).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  });
});

describe('only an explicit act creates an archive', () => {
  it('a missing file is refused with ARCHIVE_MISSING and nothing is created, not even its folder', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'typo', 'archive.sqlite');
    const error = await openError(file);
    expect(error.code).toBe('ARCHIVE_MISSING');
    expect(error.message).toMatch(/minutebook init/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a zero-byte file is refused and stays zero bytes, with no WAL or lock beside it', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    expect((await openError(file)).code).toBe('ARCHIVE_MISSING');
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['empty.sqlite']);
  });
});

describe('reopening an archive', () => {
  it('reports checking, then ok once the background check has run', async () => {
    const file = await createDemoFile();
    const archive = await keep(openArchive(file));
    expect(archive.integrity()).toEqual({ status: 'checking' });
    await expect(archive.checked).resolves.toEqual({ status: 'ok' });
    expect(archive.integrity()).toEqual({ status: 'ok' });
    expect(await countRows(archive.db, 'people')).toBe(8);
  });

  it("checks at once with integrityCheck 'now' and not at all with 'skip'", async () => {
    const file = await createDemoFile();
    const now = await openArchive(file, { integrityCheck: 'now' });
    expect(await now.checked).toEqual({ status: 'ok' });
    await now.close();
    // On a damaged file: 'now' sees the damage, so 'skip' reporting ok proves it did not check.
    corruptTablePage(file, 'people');
    const checkedNow = await openArchive(file, { integrityCheck: 'now' });
    expect(checkedNow.integrity().status).toBe('failed');
    await checkedNow.close();
    const skipped = await keep(openArchive(file, { integrityCheck: 'skip' }));
    expect(skipped.integrity()).toEqual({ status: 'ok' });
    expect(await skipped.checked).toEqual({ status: 'ok' });
  });
});

describe('a damaged archive', () => {
  it('opens, fails its integrity check and refuses writes', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'people');
    const archive: Archive = await keep(openArchive(file));
    expect(archive.integrity().status).toBe('checking');
    const state = await archive.checked;
    expect(state.status).toBe('failed');
    expect(state.status === 'failed' && state.problems.length).toBeGreaterThan(0);
    expect(archive.integrity()).toEqual(state);
    let thrown: unknown;
    try {
      archive.assertWritable();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArchiveError);
    expect((thrown as ArchiveError).code).toBe('INTEGRITY_FAILED');
  });

  it("is also caught by integrityCheck 'now'", async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'memberships');
    const archive = await keep(openArchive(file, { integrityCheck: 'now' }));
    expect((await archive.checked).status).toBe('failed');
  });
});

describe('files that are not archives', () => {
  it('refuses a text file as NOT_AN_ARCHIVE and leaves it as it was', async () => {
    const file = path.join(makeTempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'Biên bản họp ngày 13/01/2021 — not a database at all.\n'.repeat(200));
    const before = sha256File(file);
    expect((await openError(file)).code).toBe('NOT_AN_ARCHIVE');
    expect(sha256File(file)).toBe(before);
  });

  it('refuses an SQLite file with tables of another program as NOT_AN_ARCHIVE', async () => {
    const file = path.join(makeTempDir(), 'other.sqlite');
    const raw = openRaw(file);
    raw.sqlite.exec('create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5)');
    await raw.close();
    const error = await openError(file);
    expect(error.code).toBe('NOT_AN_ARCHIVE');
    const check = openRaw(file);
    const tables = check.sqlite.prepare(`select name from sqlite_master where type = 'table'`).pluck().all();
    await check.close();
    expect(tables).toEqual(['invoices']);
  });
});

describe('an archive written by a newer Minutebook', () => {
  it('is refused with SCHEMA_TOO_NEW and its bytes are unchanged', async () => {
    const file = tempArchivePath();
    await makeNewerArchive(file, { unknownMigration: true, userVersion: true });
    const before = sha256File(file);
    const error = await openError(file);
    expect(error.code).toBe('SCHEMA_TOO_NEW');
    expect(error.message).toMatch(/newer/);
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it.each([
    ['only a higher user_version', { userVersion: true }],
    ['only a migration this app does not know', { unknownMigration: true }],
  ])('is refused with %s', async (_label, change) => {
    const file = tempArchivePath();
    await makeNewerArchive(file, change);
    const before = sha256File(file);
    expect((await openError(file)).code).toBe('SCHEMA_TOO_NEW');
    expect(sha256File(file)).toBe(before);
  });

  it('is not switched to WAL: no pragma is set before the version check', async () => {
    const file = tempArchivePath();
    await makeNewerArchive(file, { userVersion: true });
    await openError(file);
    const raw = openRaw(file);
    expect(raw.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    await raw.close();
  });
});
