import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { ArchiveError } from './errors.js';

// better-sqlite3 is a native module, loaded on first use so that commands which never
// touch an archive (`minutebook --help`) work even when it is missing or built for
// another runtime.
const localRequire = createRequire(import.meta.url);

export type SqliteDatabase = BetterSqlite3.Database;
type Constructor = typeof BetterSqlite3;

let cached: Constructor | undefined;

export function sqliteDriverPath(): string {
  return localRequire.resolve('better-sqlite3');
}

export function loadSqlite(): Constructor {
  if (cached) return cached;
  try {
    cached = localRequire('better-sqlite3') as Constructor;
    return cached;
  } catch (error) {
    throw new ArchiveError(
      'DRIVER_MISSING',
      `The SQLite driver (better-sqlite3) could not be loaded: ${(error as Error).message}`,
    );
  }
}
