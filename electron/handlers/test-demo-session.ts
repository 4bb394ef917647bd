import { afterAll, afterEach } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { type Session, openSession } from './session.js';

/**
 * For a test file: `at(instant)` opens a new demo archive in-process with the clock fixed at
 * that instant, and `call` runs a command through the dispatch, throwing on a refusal.
 * Sessions are closed after each test, the temp folders after the file.
 */
export function useDemoSessionAt() {
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });
  afterAll(removeTempDirs);

  return async function at(instant: string) {
    const session = await openSession(tempArchivePath(), 'browser', { clock: fixedClock(instant), create: true });
    sessions.push(session);
    const demo = await loadDemo(session.archive.db, TEST_ACTOR);
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const result = await session.dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    return { session, demo, call };
  };
}
