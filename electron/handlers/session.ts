import os from 'node:os';
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

/** The name a second program is told when this host holds the archive's lock. */
const PROGRAMS: Record<HandlerContext['host'], string> = {
  electron: 'Minutebook (desktop app)',
  browser: 'Minutebook (browser mode)',
};

/** Opens the archive and binds every handler to it: what each host starts with. */
export async function openSession(file: string, host: HandlerContext['host'], options?: OpenOptions): Promise<Session> {
  const handlers = allHandlers();
  const archive = await openArchive(file, { lock: PROGRAMS[host], ...options });
  const dispatch = createDispatch(handlers, { archive, actor: currentActor(), host });
  return { archive, dispatch, close: () => archive.close() };
}
