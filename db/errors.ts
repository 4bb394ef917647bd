export type ArchiveErrorCode =
  | 'NOT_AN_ARCHIVE'
  | 'SCHEMA_TOO_NEW'
  | 'INTEGRITY_FAILED'
  | 'DRIVER_MISSING'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_EMPTY'
  /** An input the core checked and refused (e.g. rows of an import), with its issues in details.issues. */
  | 'VALIDATION'
  /** A record cannot be deleted while others refer to it. */
  | 'HAS_DEPENDENTS'
  /** The archive file does not exist (or is empty) and this act does not create one. */
  | 'ARCHIVE_MISSING'
  | 'ARCHIVE_EXISTS'
  | 'DISK_FULL'
  | 'READ_ONLY'
  /** Another program holds the archive (its lock file, or SQLite's write lock). */
  | 'LOCKED'
  | 'IO_ERROR'
  | 'CORRUPT';

/** An expected failure of the records core, with a code the hosts translate for the user. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export function notFound(entity: string, id: number): ArchiveError {
  return new ArchiveError('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id });
}
