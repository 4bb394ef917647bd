import type { OpenOptions } from '../../db/connection.js';
import type { ArchiveErrorCode } from '../../db/errors.js';
import type { IntegrityState } from '../../db/integrity.js';
import type { Result } from '../contract.js';
import type { HandlerContext } from '../handlers/context.js';

// The messages between a host (client.ts) and a core worker (worker-main.ts). Everything
// crosses as a structured clone: plain data, typed Results, never an exception.

/**
 * The writer owns the main read-write connection; readers each hold a read-only one; the job
 * worker holds a read-write connection of its own for long writes (job-session.ts).
 */
export type Role = 'writer' | 'reader' | 'job';

export interface WorkerConfig {
  role: Role;
  file: string;
  host: HandlerContext['host'];
  /** The writer's integrity check at open. */
  integrityCheck?: OpenOptions['integrityCheck'];
  /** The writer's open options beside the check: create a missing archive, the lock's program. */
  create?: boolean;
  lock?: string | false;
  reclaimOwnLock?: boolean;
  /** A reader's or the job worker's starting integrity state, as the writer last reported it. */
  integrity?: IntegrityState;
}

export type ToWorker =
  | { type: 'command'; id: number; name: string; input: unknown }
  | { type: 'job'; id: number; name: string; input: unknown }
  | { type: 'integrity'; state: IntegrityState }
  | { type: 'close' };

/** Why a worker could not open the archive (SCHEMA_TOO_NEW, NOT_AN_ARCHIVE, ...). */
export interface OpenFailure {
  code: ArchiveErrorCode | 'INTERNAL';
  message: string;
  details?: Record<string, unknown>;
}

export type FromWorker =
  /** `readOnly`: the archive cannot be written (its writer reads a private copy; no readers then). */
  | { type: 'ready'; integrity: IntegrityState; readOnly: boolean }
  | { type: 'open-failed'; error: OpenFailure }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'integrity'; state: IntegrityState };
