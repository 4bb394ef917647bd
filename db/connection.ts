import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type ArchiveLock, acquireArchiveLock } from './archive-lock.js';
import { ArchiveError } from './errors.js';
import { type IntegrityState, quickCheckInBackground, quickCheckNow } from './integrity.js';
import { assertOpenable, migrateToLatest, readSchemaInfo } from './migrator.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Database } from './schema/index.js';
import { kyselyOn } from './sqlite-dialect.js';
import { type SqliteDatabase, loadSqlite } from './sqlite-driver.js';
import { fromSqliteError } from './sqlite-errors.js';

export type Db = Kysely<Database>;

export interface Archive {
  readonly file: string;
  readonly db: Db;
  /** The file or its folder cannot be written: the archive is open for reading only. */
  readonly readOnly: boolean;
  /** The integrity check's state; starts as 'checking' for an existing archive. */
  integrity(): IntegrityState;
  /** Resolves when the background integrity check has finished. */
  readonly checked: Promise<IntegrityState>;
  /** Throws READ_ONLY, or INTEGRITY_FAILED when the check failed. */
  assertWritable(): void;
  /** Waits for the integrity check, then throws like assertWritable: what a write must pass. */
  whenWritable(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** 'background' (default) checks on a worker thread; 'now' blocks; 'skip' for tests of other things. */
  integrityCheck?: 'background' | 'now' | 'skip';
  /** Create the archive when the file is missing or empty. Only an explicit act does this (init, demo). */
  create?: boolean;
  /** Take the lock file beside the archive for this program (a host that edits the archive). */
  lock?: string | false;
  /** Take over a lock this same process left behind (a restarted core worker). */
  reclaimOwnLock?: boolean;
  /** SQLite's busy timeout in ms (default 5000). */
  busyTimeoutMs?: number;
}

function canWrite(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function openFile(file: string, readonly: boolean): SqliteDatabase {
  const Sqlite = loadSqlite();
  try {
    return new Sqlite(file, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw fromSqliteError(error) ?? new ArchiveError('NOT_AN_ARCHIVE', `${file} cannot be opened: ${(error as Error).message}`, { file });
  }
}

function readInfo(sqlite: SqliteDatabase, file: string) {
  try {
    return readSchemaInfo(sqlite);
  } catch (error) {
    sqlite.close();
    const typed = fromSqliteError(error);
    // A damaged or foreign file reads as SQLITE_NOTADB: that one is "not an archive".
    if (typed && typed.code !== 'CORRUPT') throw typed;
    throw new ArchiveError('NOT_AN_ARCHIVE', `${file} is not a Minutebook archive: ${(error as Error).message}`, {
      file,
    });
  }
}

function applyPragmas(sqlite: SqliteDatabase, readOnly: boolean, busyTimeoutMs: number): void {
  if (!readOnly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
}

function integrityError(file: string, problems: string[]): ArchiveError {
  return new ArchiveError(
    'INTEGRITY_FAILED',
    `${file} failed its integrity check; it is open read-only. Restore it from a backup. First problem: ${problems[0]}`,
    { file, problems },
  );
}

function readOnlyError(file: string): ArchiveError {
  return new ArchiveError(
    'READ_ONLY',
    `${file} is read-only (the file or its folder cannot be written); it can be read but not changed.`,
    { file },
  );
}

/**
 * SQLite cannot read a WAL archive in a folder it cannot write (it needs the -shm file beside
 * it). Such an archive is read from a copy in the temp folder, removed again on close.
 */
function readableCopy(file: string): { file: string; remove(): void } | undefined {
  if (canWrite(path.dirname(file)) || fs.existsSync(`${file}-shm`)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-readonly-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return { file: copy, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Refuses before touching anything: a missing or empty file is created only when asked. */
function checkExists(file: string, create: boolean): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new ArchiveError('NOT_AN_ARCHIVE', `${file} is a folder, not an archive`, { file });
  const existed = stat !== undefined && stat.size > 0;
  if (!existed && !create) {
    throw new ArchiveError(
      'ARCHIVE_MISSING',
      `There is no archive at ${file}${stat ? ' (the file is empty)' : ''}. ` +
        'Create one with `minutebook init --db FILE` (or `minutebook demo --db FILE`); nothing was created.',
      { file },
    );
  }
  if (!existed) fs.mkdirSync(path.dirname(file), { recursive: true });
  return existed;
}

/**
 * Opens an archive: checks that this app can read it without writing anything, then sets
 * the pragmas, migrates it to the current schema and checks its integrity. A missing file
 * is refused unless `create` is set.
 */
export async function openArchive(file: string, options: OpenOptions = {}): Promise<Archive> {
  const resolved = path.resolve(file);
  const existed = checkExists(resolved, options.create ?? false);
  const readOnly = existed && (!canWrite(resolved) || !canWrite(path.dirname(resolved)));

  const lock: ArchiveLock | undefined = options.lock && !readOnly ? acquireArchiveLock(resolved, options.lock, options.reclaimOwnLock) : undefined;
  try {
    return await openLocked(resolved, existed, readOnly, lock, options);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openLocked(
  resolved: string,
  existed: boolean,
  readOnly: boolean,
  lock: ArchiveLock | undefined,
  options: OpenOptions,
): Promise<Archive> {
  const snapshot = readOnly ? readableCopy(resolved) : undefined;
  const opened = snapshot?.file ?? resolved;
  let sqlite: SqliteDatabase;
  let info: ReturnType<typeof readInfo>;
  try {
    sqlite = openFile(opened, readOnly);
    info = readInfo(sqlite, resolved);
  } catch (error) {
    snapshot?.remove();
    throw error;
  }
  try {
    assertOpenable(info, resolved);
    if (readOnly && info.version < SCHEMA_VERSION) {
      throw new ArchiveError('READ_ONLY', `${resolved} needs an upgrade to this Minutebook's schema but is read-only.`, {
        file: resolved,
      });
    }
  } catch (error) {
    sqlite.close();
    snapshot?.remove();
    throw error;
  }

  const mode = options.integrityCheck ?? 'background';
  const needsMigration = info.version < SCHEMA_VERSION;
  // An older archive is checked before it is migrated, so a damaged file is never written.
  if (existed && needsMigration && mode !== 'skip') {
    const state = quickCheckNow(sqlite);
    if (state.status === 'failed') {
      sqlite.close();
      snapshot?.remove();
      throw integrityError(resolved, state.problems);
    }
  }

  const db = kyselyOn<Database>(sqlite);
  try {
    applyPragmas(sqlite, readOnly, options.busyTimeoutMs ?? 5000);
    if (needsMigration) await migrateToLatest(db, sqlite);
  } catch (error) {
    await db.destroy();
    if (sqlite.open) sqlite.close();
    snapshot?.remove();
    throw fromSqliteError(error) ?? error;
  }

  const checkNeeded = existed && !needsMigration && mode !== 'skip';
  let state: IntegrityState = !checkNeeded ? { status: 'ok' } : mode === 'now' ? quickCheckNow(sqlite) : { status: 'checking' };
  const checked =
    state.status === 'checking'
      ? quickCheckInBackground(opened).then((s) => {
          state = s;
          return s;
        })
      : Promise.resolve(state);

  const assertWritable = () => {
    if (state.status === 'failed') throw integrityError(resolved, state.problems);
    if (readOnly) throw readOnlyError(resolved);
  };
  return {
    file: resolved,
    db,
    readOnly,
    integrity: () => state,
    checked,
    assertWritable,
    async whenWritable() {
      await checked;
      assertWritable();
    },
    async close() {
      await checked;
      await db.destroy();
      // Kysely opens its driver on the first query: without one, destroy() leaves the file open.
      if (sqlite.open) sqlite.close();
      snapshot?.remove();
      lock?.release();
    },
  };
}
