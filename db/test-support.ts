// Shared by the unit tests (db/ and electron/): real archives in temp folders, nothing mocked.
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { type Archive, type Db, type OpenOptions, openArchive } from './connection.js';
import { type DemoSummary, loadDemo } from './demo/load-demo.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Database } from './schema/index.js';
import { type SqliteDatabase, loadSqlite } from './sqlite-driver.js';

export const TEST_ACTOR = 'test-clerk';

const madeDirs: string[] = [];

/** A fresh folder under the OS temp folder; removed by removeTempDirs(). */
export function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-test-'));
  madeDirs.push(dir);
  return dir;
}

/** Call from afterAll/afterEach: removes every folder makeTempDir() made. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A path for an archive that does not exist yet, in its own temp folder. */
export function tempArchivePath(name = 'archive.sqlite'): string {
  return path.join(makeTempDir(), name);
}

export function openTempArchive(options?: OpenOptions): Promise<Archive> {
  return openArchive(tempArchivePath(), { create: true, ...options });
}

/** A new archive with the Thanh Hóa demo loaded, still open. */
export async function openDemoArchive(options?: OpenOptions): Promise<{ archive: Archive; demo: DemoSummary }> {
  const archive = await openTempArchive(options);
  const demo = await loadDemo(archive.db, TEST_ACTOR);
  return { archive, demo };
}

/** A closed archive file holding the demo (its WAL checkpointed away by the close). */
export async function createDemoFile(): Promise<string> {
  const { archive } = await openDemoArchive();
  await archive.close();
  return archive.file;
}

/** Plain better-sqlite3 plus Kysely on a file, bypassing openArchive (no pragmas, no checks). */
export function openRaw(file: string): { sqlite: SqliteDatabase; db: Kysely<Database>; close(): Promise<void> } {
  const Sqlite = loadSqlite();
  const sqlite = new Sqlite(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db, close: () => db.destroy() };
}

/**
 * SHA-256 of a file and, for an archive that is open, of its write-ahead log too: a write
 * committed but not yet checkpointed lives only in `-wal`, so "byte-identical" must see it.
 */
export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file));
  const wal = `${file}-wal`;
  if ((fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0) > 0) hash.update('\0wal\0').update(fs.readFileSync(wal));
  return hash.digest('hex');
}

export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Row counts of every table: to prove that a refused operation changed nothing. */
export async function countAllRows(db: Db): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_') && !n.startsWith('sqlite_'));
  const counts: Record<string, number> = {};
  for (const t of tables.sort()) counts[t] = await countRows(db, t as keyof Database);
  return counts;
}

/**
 * Damages a closed archive so that it still opens and its schema still reads, but
 * `PRAGMA quick_check` fails: the cell pointer array of the table's root leaf page is
 * overwritten with 0xff (every cell offset out of range). Page 1, with the header and
 * sqlite_master, is left alone.
 */
export function corruptTablePage(file: string, table: keyof Database): void {
  if (fs.existsSync(`${file}-wal`)) throw new Error('close the archive first: its WAL still holds pages');
  const Sqlite = loadSqlite();
  const raw = new Sqlite(file, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const root = raw.prepare(`select rootpage from sqlite_master where type = 'table' and name = ?`).pluck().get(table) as number;
  raw.close();
  if (!(root > 1)) throw new Error(`no b-tree page for ${table}`);
  const pageStart = pageSize * (root - 1);
  const fd = fs.openSync(file, 'r+');
  try {
    const header = Buffer.alloc(8);
    fs.readSync(fd, header, 0, 8, pageStart);
    if (header[0] !== 0x0d) throw new Error(`page ${root} of ${table} is not a table leaf page (type ${header[0]})`);
    const cells = header.readUInt16BE(3);
    fs.writeSync(fd, Buffer.alloc(cells * 2, 0xff), 0, cells * 2, pageStart + 8);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes `file` look written by a newer Minutebook: an unknown migration and a higher user_version. */
export async function makeNewerArchive(
  file: string,
  change: { unknownMigration?: boolean; userVersion?: boolean } = { unknownMigration: true, userVersion: true },
): Promise<void> {
  const archive = await openArchive(file, { create: true });
  await archive.close();
  const raw = openRaw(file);
  if (change.unknownMigration) {
    raw.sqlite.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-from-the-future', new Date().toISOString());
  }
  if (change.userVersion) raw.sqlite.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.sqlite.pragma('journal_mode = DELETE');
  await raw.close();
}

/**
 * A fresh archive for each test of the calling file (opened before, closed after each test):
 * `const t = useTempArchive();` then `t.archive` / `t.db` inside tests.
 */
export function useTempArchive(options?: OpenOptions): { readonly archive: Archive; readonly db: Db } {
  let current: Archive | undefined;
  beforeEach(async () => {
    current = await openTempArchive(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  afterAll(removeTempDirs);
  const get = () => {
    if (!current) throw new Error('useTempArchive: only inside a test');
    return current;
  };
  return {
    get archive() {
      return get();
    },
    get db() {
      return get().db;
    },
  };
}
