import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core/client.js';
import type { Dispatch } from '../../electron/handlers/dispatch.js';
import { ROOT } from './host.js';

export interface BenchSession {
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** The bundled worker entry the shipped hosts start (built by `npm run build`). */
export const CORE_WORKER = path.join(ROOT, 'dist/core-worker.cjs');

/**
 * The command dispatch exactly as a host gets it: openCore, one writer and the reader
 * threads, each command sent to its thread and its result passed back (the structured
 * clone both ways included). The bundled worker from dist/ when built, as the hosts use it.
 */
export async function openBenchSession(file: string): Promise<BenchSession> {
  const core = await openCore(file, {
    host: 'browser',
    lock: 'minutebook bench',
    ...(fs.existsSync(CORE_WORKER) ? { workerFile: CORE_WORKER } : {}),
  });
  await core.checked;
  return { dispatch: core.dispatch, close: () => core.close() };
}
