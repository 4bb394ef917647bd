import type { ArchiveErrorCode } from './model/index.js';

export type { ArchiveErrorCode };

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
