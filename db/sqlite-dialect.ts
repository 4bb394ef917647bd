import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { SqliteDatabase } from './sqlite-driver.js';

/**
 * Kysely's SQLite driver, with two changes for an archive that two processes may share:
 * - every transaction begins IMMEDIATE: it takes the write lock at once (waiting up to
 *   busy_timeout) instead of upgrading a read lock later, which fails with SQLITE_BUSY
 *   no matter how long it waits;
 * - a rollback after SQLite has already rolled back by itself (a full disk, an I/O error)
 *   is skipped, so the caller sees the real error and not "cannot rollback - no
 *   transaction is active".
 */
class ArchiveDriver extends SqliteDriver {
  constructor(private readonly sqlite: SqliteDatabase) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

class ArchiveDialect extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDatabase) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new ArchiveDriver(this.sqlite);
  }
}

/** A Kysely instance on an open better-sqlite3 connection, with the archive's transaction rules. */
export function kyselyOn<DB>(sqlite: SqliteDatabase): Kysely<DB> {
  return new Kysely<DB>({ dialect: new ArchiveDialect(sqlite) });
}
