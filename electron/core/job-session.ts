import { systemClock } from '../../db/clock.js';
import { type Archive, openArchive } from '../../db/connection.js';
import { ArchiveError } from '../../db/errors.js';
import type { IntegrityState } from '../../db/integrity.js';
import type { HandlerContext } from '../handlers/context.js';
import type { Handlers } from '../handlers/define.js';
import { createDispatch } from '../handlers/dispatch.js';
import { allHandlers } from '../handlers/index.js';
import { type ReaderSession, currentActor } from '../handlers/session.js';

// The job worker's session: a read-write connection of its own, for long writes (a roster
// import's apply; backup and export to come) that must not hold up the writer. The writer
// opened and migrated the archive and holds its lock file: this connection takes no lock
// (the lock names the program, and this is the same program) and runs no check of its own;
// the integrity it obeys is the writer's, as the host reports it (as a reader's does).
// SQLite lets one connection write at a time: while a job's transaction runs, the writer's
// writes wait on busy_timeout, and the writer's reads go on (WAL).

/** How long a job's BEGIN IMMEDIATE waits for the writer's write to finish. */
export const JOB_BUSY_TIMEOUT_MS = 30_000;

export async function openJobSession(
  file: string,
  host: HandlerContext['host'],
  integrity: IntegrityState,
  handlers: Partial<Handlers> = {},
): Promise<ReaderSession> {
  const opened = await openArchive(file, { integrityCheck: 'skip', lock: false, create: false, busyTimeoutMs: JOB_BUSY_TIMEOUT_MS });
  let state = integrity;
  let settle: (s: IntegrityState) => void = () => {};
  const checked = new Promise<IntegrityState>((resolve) => (settle = resolve));
  if (state.status !== 'checking') settle(state);
  const assertWritable = () => {
    if (state.status === 'failed') {
      throw new ArchiveError('INTEGRITY_FAILED', `${opened.file} failed its integrity check; it is open read-only.`, { file: opened.file, problems: state.problems });
    }
    opened.assertWritable();
  };
  const archive: Archive = {
    ...opened,
    integrity: () => state,
    checked,
    assertWritable,
    async whenWritable() {
      await checked;
      assertWritable();
    },
  };
  const dispatch = createDispatch({ ...allHandlers(), ...handlers }, { archive, actor: currentActor(), host, clock: systemClock });
  return {
    archive,
    dispatch,
    close: () => opened.close(),
    setIntegrity(next) {
      state = next;
      if (next.status !== 'checking') settle(next);
    },
  };
}
