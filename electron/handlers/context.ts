import type { Archive } from '../../db/connection.js';

/** What every handler gets besides its input. */
export interface HandlerContext {
  archive: Archive;
  /** Who is making the change, for the audit log (the OS user). */
  actor: string;
  host: 'electron' | 'browser';
}
