import { Worker } from 'node:worker_threads';
import type { IntegrityState } from './model/index.js';
import type { SqliteDatabase } from './sqlite-driver.js';
import { sqliteDriverPath } from './sqlite-driver.js';

export type { IntegrityState };

const MAX_PROBLEMS = 20;

function toState(rows: Array<{ quick_check: string }>): IntegrityState {
  const problems = rows.map((r) => r.quick_check).filter((p) => p !== 'ok');
  return problems.length === 0 ? { status: 'ok' } : { status: 'failed', problems };
}

/** `PRAGMA quick_check` on an open connection (blocks; for small or just-migrated files). */
export function quickCheckNow(sqlite: SqliteDatabase): IntegrityState {
  try {
    return toState(sqlite.pragma(`quick_check(${MAX_PROBLEMS})`) as Array<{ quick_check: string }>);
  } catch (error) {
    return { status: 'failed', problems: [(error as Error).message] };
  }
}

// Plain CommonJS run by the worker; it loads the same driver the app uses, read-only.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  parentPort.postMessage({ rows: db.pragma('quick_check(' + workerData.max + ')') });
} catch (error) {
  parentPort.postMessage({ error: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

/** Runs `PRAGMA quick_check` on a worker thread so a large archive opens at once. */
export function quickCheckInBackground(file: string): Promise<IntegrityState> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: sqliteDriverPath(), file, max: MAX_PROBLEMS },
    });
    let settled = false;
    const settle = (state: IntegrityState) => {
      if (settled) return;
      settled = true;
      resolve(state);
    };
    worker.once('message', (msg: { rows?: Array<{ quick_check: string }>; error?: string }) =>
      settle(msg.rows ? toState(msg.rows) : { status: 'failed', problems: [msg.error ?? 'unknown error'] }),
    );
    worker.once('error', (error) => settle({ status: 'failed', problems: [error.message] }));
    worker.once('exit', (code) => settle({ status: 'failed', problems: [`integrity check stopped (exit ${code})`] }));
  });
}
