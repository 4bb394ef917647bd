import fs from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { ArchiveError } from './errors.js';
import { type IntegrityState, quickCheckInBackground, quickCheckNow } from './integrity.js';
import { assertOpenable, migrateToLatest, readSchemaInfo } from './migrator.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import type { Database } from './schema/index.js';
import { type SqliteDatabase, loadSqlite } from './sqlite-driver.js';

export type Db = Kysely<Database>;

export interface Archive {
  readonly file: string;
  readonly db: Db;
  /** The integrity check's state; starts as 'checking' for an existing archive. */
  integrity(): IntegrityState;
  /** Resolves when the background integrity check has finished. */
  readonly checked: Promise<IntegrityState>;
  /** Throws INTEGRITY_FAILED when the archive must not be written to. */
  assertWritable(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** 'background' (default) checks on a worker thread; 'now' blocks; 'skip' for tests of other things. */
  integrityCheck?: 'background' | 'now' | 'skip';
}

function openFile(file: string): SqliteDatabase {
  const Sqlite = loadSqlite();
  try {
    return new Sqlite(file);
  } catch (error) {
    throw new ArchiveError('NOT_AN_ARCHIVE', `${file} cannot be opened: ${(error as Error).message}`, { file });
  }
}

function readInfo(sqlite: SqliteDatabase, file: string) {
  try {
    return readSchemaInfo(sqlite);
  } catch (error) {
    sqlite.close();
    throw new ArchiveError('NOT_AN_ARCHIVE', `${file} is not a Minutebook archive: ${(error as Error).message}`, {
      file,
    });
  }
}

function applyPragmas(sqlite: SqliteDatabase): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
}

function integrityError(file: string, problems: string[]): ArchiveError {
  return new ArchiveError(
    'INTEGRITY_FAILED',
    `${file} failed its integrity check; it is open read-only. Restore it from a backup. First problem: ${problems[0]}`,
    { file, problems },
  );
}

/**
 * Opens (or creates) an archive: checks that this app can read it without writing anything,
 * then sets the pragmas, migrates it to the current schema and checks its integrity.
 */
export async function openArchive(file: string, options: OpenOptions = {}): Promise<Archive> {
  const resolved = path.resolve(file);
  const existed = fs.existsSync(resolved) && fs.statSync(resolved).size > 0;
  if (!existed) fs.mkdirSync(path.dirname(resolved), { recursive: true });

  const sqlite = openFile(resolved);
  const info = readInfo(sqlite, resolved);
  try {
    assertOpenable(info, resolved);
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const mode = options.integrityCheck ?? 'background';
  const needsMigration = info.version < SCHEMA_VERSION;
  // An older archive is checked before it is migrated, so a damaged file is never written.
  if (existed && needsMigration && mode !== 'skip') {
    const state = quickCheckNow(sqlite);
    if (state.status === 'failed') {
      sqlite.close();
      throw integrityError(resolved, state.problems);
    }
  }

  applyPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  if (needsMigration) {
    try {
      await migrateToLatest(db, sqlite);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }

  const checkNeeded = existed && !needsMigration && mode !== 'skip';
  let state: IntegrityState = !checkNeeded ? { status: 'ok' } : mode === 'now' ? quickCheckNow(sqlite) : { status: 'checking' };
  const checked =
    state.status === 'checking'
      ? quickCheckInBackground(resolved).then((s) => {
          state = s;
          return s;
        })
      : Promise.resolve(state);

  return {
    file: resolved,
    db,
    integrity: () => state,
    checked,
    assertWritable() {
      if (state.status === 'failed') throw integrityError(resolved, state.problems);
    },
    async close() {
      await checked;
      await db.destroy();
    },
  };
}
