import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Archive, Db } from './connection.js';
import { ArchiveError } from './errors.js';
import type { IntegrityState } from './integrity.js';
import type { Database } from './schema/index.js';
import { loadSqlite } from './sqlite-driver.js';

/** Where a reader learns the integrity state: the writer's connection owns the check. */
export interface IntegritySource {
  integrity(): IntegrityState;
  readonly checked: Promise<IntegrityState>;
}

/**
 * A read-only connection to an archive that a writer has already opened (and migrated):
 * opened `readonly` with `query_only`, so in WAL mode it reads alongside the writer and
 * can never write. Its integrity state comes from the writer.
 */
export function openReadOnlyArchive(file: string, source: IntegritySource): Archive {
  const resolved = path.resolve(file);
  const Sqlite = loadSqlite();
  let sqlite;
  try {
    sqlite = new Sqlite(resolved, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('query_only = ON');
  } catch (error) {
    sqlite?.close();
    throw new ArchiveError('NOT_AN_ARCHIVE', `${resolved} cannot be opened for reading: ${(error as Error).message}`, {
      file: resolved,
    });
  }
  const db: Db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    file: resolved,
    db,
    readOnly: true,
    integrity: () => source.integrity(),
    checked: source.checked,
    assertWritable() {
      throw new Error('a read-only connection never runs a mutation');
    },
    whenWritable() {
      return Promise.reject(new Error('a read-only connection never runs a mutation'));
    },
    close: () => db.destroy(),
  };
}
