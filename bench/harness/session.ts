import type { Dispatch } from '../../electron/handlers/dispatch.js';
import { openSession } from '../../electron/handlers/session.js';

export interface BenchSession {
  dispatch: Dispatch;
  close(): Promise<void>;
}

/**
 * The command dispatch exactly as a host gets it — the one place to change when the hosts'
 * way of reaching the core changes (the core moving into a worker).
 */
export async function openBenchSession(file: string): Promise<BenchSession> {
  const session = await openSession(file, 'browser');
  await session.archive.checked;
  return { dispatch: session.dispatch, close: () => session.close() };
}
