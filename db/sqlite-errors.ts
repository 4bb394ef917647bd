import { ArchiveError, type ArchiveErrorCode } from './errors.js';

// SQLite's primary result codes (better-sqlite3 puts the extended name in error.code,
// e.g. SQLITE_IOERR_WRITE), mapped to what the clerk can act on.
const BY_PREFIX: Array<[string, ArchiveErrorCode, string]> = [
  ['SQLITE_FULL', 'DISK_FULL', 'The disk holding the archive is full; nothing was saved. Free some space and try again.'],
  ['SQLITE_READONLY', 'READ_ONLY', 'The archive is read-only (the file or its folder cannot be written); nothing was saved.'],
  ['SQLITE_CANTOPEN', 'IO_ERROR', 'The archive file could not be opened; check that the drive is connected and the folder exists.'],
  ['SQLITE_BUSY', 'LOCKED', 'Another program is writing to the archive; nothing was saved. Try again in a moment.'],
  ['SQLITE_LOCKED', 'LOCKED', 'Another program is writing to the archive; nothing was saved. Try again in a moment.'],
  ['SQLITE_IOERR', 'IO_ERROR', 'The archive could not be read or written (a disk or drive error); nothing was saved.'],
  ['SQLITE_CORRUPT', 'CORRUPT', 'The archive is damaged. Restore it from a backup.'],
  ['SQLITE_NOTADB', 'CORRUPT', 'The archive is damaged or is not a database. Restore it from a backup.'],
];

/** The typed error for an error from SQLite, or null when it is not one we translate. */
export function fromSqliteError(error: unknown): ArchiveError | null {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // The minutes' lock (migration 0008): a trigger refuses any write to finalized minutes.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && message.startsWith('MINUTES_FINALIZED')) {
    return new ArchiveError('MINUTES_FINALIZED', message);
  }
  if (typeof code === 'string') {
    for (const [prefix, typed, text] of BY_PREFIX) {
      if (code.startsWith(prefix)) return new ArchiveError(typed, `${text} (${code}: ${message})`, { sqlite: code });
    }
  }
  // What a failed write leaves behind once SQLite rolled back by itself (e.g. a full disk).
  if (/cannot rollback - no transaction is active/.test(message)) {
    return new ArchiveError('IO_ERROR', `The write failed and SQLite rolled it back; nothing was saved. (${message})`);
  }
  return null;
}
