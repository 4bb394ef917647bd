import os from 'node:os';
import { type Clock, systemClock } from '../../db/clock.js';
import { type Archive, type OpenOptions, openArchive } from '../../db/connection.js';
import type { HandlerContext } from './context.js';
import { type Dispatch, createDispatch } from './dispatch.js';
import { allHandlers } from './index.js';

export interface Session {
  archive: Archive;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export function currentActor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

export interface SessionOptions extends OpenOptions {
  /** The hosts use the system clock; tests fix it. */
  clock?: Clock;
}

/** Opens the archive and binds every handler to it: what each host starts with. */
export async function openSession(file: string, host: HandlerContext['host'], options: SessionOptions = {}): Promise<Session> {
  const { clock = systemClock, ...openOptions } = options;
  const handlers = allHandlers();
  const archive = await openArchive(file, openOptions);
  const dispatch = createDispatch(handlers, { archive, actor: currentActor(), host, clock });
  return { archive, dispatch, close: () => archive.close() };
}
