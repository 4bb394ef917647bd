import { type Kysely, Migrator, NO_MIGRATIONS } from 'kysely';
import { ArchiveError } from './errors.js';
import { SCHEMA_VERSION, migrations } from './migrations/index.js';
import type { SqliteDatabase } from './sqlite-driver.js';

const MIGRATION_TABLE = 'kysely_migration';

export interface SchemaInfo {
  /** Number of migrations applied; 0 for a new, empty file. */
  version: number;
  /** Applied migrations this app does not know: the archive was written by a newer app. */
  unknown: string[];
  /** The file has tables but none of ours. */
  foreign: boolean;
}

/** Reads the schema version without writing anything to the file. */
export function readSchemaInfo(sqlite: SqliteDatabase): SchemaInfo {
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const tables = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
    .pluck()
    .all() as string[];
  if (!tables.includes(MIGRATION_TABLE)) {
    return { version: userVersion, unknown: [], foreign: tables.length > 0 };
  }
  const applied = sqlite.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all() as string[];
  const unknown = applied.filter((name) => !(name in migrations));
  return { version: Math.max(userVersion, applied.length), unknown, foreign: false };
}

export function assertOpenable(info: SchemaInfo, file: string): void {
  if (info.foreign) {
    throw new ArchiveError('NOT_AN_ARCHIVE', `${file} is an SQLite file but not a Minutebook archive`, { file });
  }
  if (info.version > SCHEMA_VERSION || info.unknown.length > 0) {
    throw new ArchiveError(
      'SCHEMA_TOO_NEW',
      `${file} was written by a newer Minutebook (schema ${info.version}; this app knows ${SCHEMA_VERSION}). ` +
        'Update Minutebook to open it; nothing was changed.',
      { file, archiveVersion: info.version, appVersion: SCHEMA_VERSION },
    );
  }
}

/**
 * Runs `run` with foreign keys off (a table rebuild must not fire the references of the
 * table it replaces), then checks every reference and restores the setting.
 */
async function withForeignKeysOff(sqlite: SqliteDatabase, run: () => Promise<void>): Promise<void> {
  const was = sqlite.pragma('foreign_keys', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    await run();
    const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new Error(`foreign_key_check after migrating: ${first.table} row ${first.rowid} refers to a missing ${first.parent}`);
    }
  } finally {
    sqlite.pragma(`foreign_keys = ${was ? 'ON' : 'OFF'}`);
  }
}

export async function migrateToLatest(db: Kysely<any>, sqlite: SqliteDatabase): Promise<void> {
  await withForeignKeysOff(sqlite, async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
    }
  });
  sqlite.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/** Moves the archive to an earlier schema version (tests run every `down` with it). */
export async function migrateTo(db: Kysely<any>, sqlite: SqliteDatabase, version: number): Promise<void> {
  await withForeignKeysOff(sqlite, async () => {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const { error } = await migrator.migrateTo(version === 0 ? NO_MIGRATIONS : (names[version - 1] as string));
    if (error) throw error;
  });
  sqlite.pragma(`user_version = ${version}`);
}
