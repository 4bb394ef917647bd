import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerConfig } from './protocol.js';
import { runWorker } from './worker-main.js';

// The core worker's entry (bundled as dist/core-worker.cjs): the handlers and an archive
// connection, on a thread of their own, so that a host never runs SQL.
if (!parentPort) throw new Error('electron/core/worker.ts runs only as a worker thread');
void runWorker(parentPort, workerData as WorkerConfig);
