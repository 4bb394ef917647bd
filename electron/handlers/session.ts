import os from 'node:os';
import { type Clock, systemClock } from '../../db/clock.js';
import { type Archive, type OpenOptions, openArchive } from '../../db/connection.js';
import type { IntegrityState } from '../../db/integrity.js';
import { openReadOnlyArchive } from '../../db/read-connection.js';
import type { HandlerContext } from './context.js';
import type { Handlers } from './define.js';
import { type Dispatch, createDispatch } from './dispatch.js';
import { allHandlers } from './index.js';

// A session is the archive connection with every handler bound to it. It runs inside a core
// worker (electron/core/): the hosts open a Core, which starts these sessions on worker
// threads. Unit tests of the handlers open one in-process.

export interface Session {
  archive: Archive;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** A reader's session: told the integrity state by its host, which hears it from the writer. */
export interface ReaderSession extends Session {
  setIntegrity(state: IntegrityState): void;
}

/** The OS account's name ('' when the system cannot tell); a write resolves it to a person (db/actor.ts). */
export function currentActor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

export interface SessionOptions extends OpenOptions {
  /** The hosts use the system clock; tests fix it. */
  clock?: Clock;
}

/** The name a second program is told when this host holds the archive's lock. */
const PROGRAMS: Record<HandlerContext['host'], string> = {
  electron: 'Minutebook (desktop app)',
  browser: 'Minutebook (browser mode)',
};

/**
 * Opens the archive read-write (migrating it if it is older), takes its lock, and binds every
 * handler to it. `handlers` replaces some handlers: only test workers use it.
 */
export async function openSession(
  file: string,
  host: HandlerContext['host'],
  options: SessionOptions = {},
  handlers: Partial<Handlers> = {},
): Promise<Session> {
  const { clock = systemClock, ...openOptions } = options;
  const bound = { ...allHandlers(), ...handlers };
  const archive = await openArchive(file, { lock: PROGRAMS[host], ...openOptions });
  const dispatch = createDispatch(bound, { archive, actor: currentActor(), host, clock });
  return { archive, dispatch, close: () => archive.close() };
}

/** A read-only connection to an archive a writer session already opened, for queries. */
export function openReaderSession(
  file: string,
  host: HandlerContext['host'],
  integrity: IntegrityState,
  handlers: Partial<Handlers> = {},
): ReaderSession {
  let state = integrity;
  let settle: (s: IntegrityState) => void = () => {};
  const checked = new Promise<IntegrityState>((resolve) => (settle = resolve));
  if (state.status !== 'checking') settle(state);
  const archive = openReadOnlyArchive(file, { integrity: () => state, checked });
  const dispatch = createDispatch({ ...allHandlers(), ...handlers }, { archive, actor: currentActor(), host, clock: systemClock });
  return {
    archive,
    dispatch,
    close: () => archive.close(),
    setIntegrity(next) {
      state = next;
      if (next.status !== 'checking') settle(next);
    },
  };
}
