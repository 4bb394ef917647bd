export type ArchiveErrorCode =
  | 'NOT_AN_ARCHIVE'
  | 'SCHEMA_TOO_NEW'
  | 'INTEGRITY_FAILED'
  | 'DRIVER_MISSING'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_EMPTY';

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
