import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OpenOptions } from '../../db/connection.js';
import type { IntegrityState } from '../../db/integrity.js';
import type { Dispatch, Result } from '../contract.js';
import type { HandlerContext } from '../handlers/context.js';
import { CoreThread } from './core-thread.js';
import { type JobName, type JobResult, jobWorkerJobs } from './jobs.js';
import type { FromWorker, Role, WorkerConfig } from './protocol.js';
import { roleFor } from './routing.js';

/** What a host holds: it passes commands and results; the SQL runs on the core's threads. */
export interface Core {
  dispatch: Dispatch;
  /** A host-only job (not a command of the contract); see jobs.ts. */
  job<N extends JobName>(name: N, input?: unknown): Promise<Result<JobResult<N>>>;
  /** The archive's integrity as the writer last reported it. */
  integrity(): IntegrityState;
  /** Resolves when the writer's integrity check has finished. */
  readonly checked: Promise<IntegrityState>;
  /** Refuses new commands, waits for those in flight, closes the connections, ends the threads. */
  close(): Promise<void>;
}

export interface CoreOptions {
  host: HandlerContext['host'];
  /** Reader threads with read-only connections for queries; 0 runs queries on the writer. */
  readers?: number;
  integrityCheck?: OpenOptions['integrityCheck'];
  /** Create the archive when missing (init, demo): only an explicit act does. */
  create?: boolean;
  /** The program named in the archive's lock file (default: the host's name); false takes none. */
  lock?: string | false;
  /** The worker entry; by default dist/core-worker.cjs beside the bundle, or worker.ts from source. */
  workerFile?: string;
}

export const DEFAULT_READERS = 2;

/** The worker entry: dist/core-worker.cjs beside the bundled host, worker.ts when run from source. */
export function defaultWorkerFile(): string {
  const self = fileURLToPath(import.meta.url);
  return path.join(path.dirname(self), self.endsWith('.ts') ? 'worker.ts' : 'core-worker.cjs');
}

function spawnWorker(file: string, config: WorkerConfig): Worker {
  if (!file.endsWith('.ts')) return new Worker(file, { workerData: config });
  // From source (Vitest, tsx): the worker registers tsx itself, then loads the TypeScript entry.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`;
  return new Worker(source, { eval: true, workerData: config });
}

function leastBusy(threads: CoreThread[]): CoreThread {
  return threads.reduce((best, t) => (t.inFlight < best.inFlight ? t : best));
}

/**
 * Opens an archive on worker threads: one writer (the read-write connection; mutations and
 * stateful commands), a pool of readers (read-only connections; queries), and a job worker
 * started on demand (a read-write connection of its own; long writes such as an import), so a
 * slow query or a long job never holds up a write or a cheap command. Rejects as openArchive does (SCHEMA_TOO_NEW,
 * NOT_AN_ARCHIVE, ...) when the archive cannot be opened, leaving the file unchanged.
 */
export async function openCore(file: string, options: CoreOptions): Promise<Core> {
  const workerFile = options.workerFile ?? defaultWorkerFile();
  let state: IntegrityState = { status: 'checking' };
  let settleChecked: (s: IntegrityState) => void = () => {};
  const checked = new Promise<IntegrityState>((resolve) => (settleChecked = resolve));
  const readers: CoreThread[] = [];
  let jobs: CoreThread | undefined;
  let writerStarted = false;

  const onIntegrity = (next: IntegrityState) => {
    state = next;
    if (next.status !== 'checking') settleChecked(next);
    for (const reader of readers) reader.notify({ type: 'integrity', state: next });
    jobs?.notify({ type: 'integrity', state: next });
  };
  const config = (role: Role): WorkerConfig => ({
    role,
    file,
    host: options.host,
    // A writer restarted after a crash need not check again an archive found sound at this
    // launch (SQLite's commits survive a crash); one found damaged is checked again before
    // it answers, so that not one write slips in while a background check runs.
    integrityCheck: state.status === 'ok' ? 'skip' : state.status === 'failed' ? 'now' : options.integrityCheck,
    integrity: state,
    create: options.create ?? false,
    ...(options.lock !== undefined ? { lock: options.lock } : {}),
    // A writer started again after a crash takes over the lock its predecessor left.
    reclaimOwnLock: writerStarted,
  });
  let readOnly = false;
  const writer = new CoreThread('writer', () => spawnWorker(workerFile, config('writer')), (message: FromWorker) => {
    if (message.type === 'ready') readOnly = message.readOnly;
    if (message.type === 'ready' || message.type === 'integrity') onIntegrity(message.type === 'ready' ? message.integrity : message.state);
  });

  /**
   * A thread that obeys the writer's integrity state. It starts with the state of its spawn;
   * a report from the writer that came while it was starting (and could not reach it) is sent
   * again once it is ready, before any call.
   */
  const followsWriter = (role: 'reader' | 'job'): CoreThread => {
    const thread: CoreThread = new CoreThread(role, () => spawnWorker(workerFile, config(role)), (message: FromWorker) => {
      if (message.type === 'ready') thread.notify({ type: 'integrity', state });
    });
    return thread;
  };

  // The writer opens (and migrates) first; the readers then open the current schema.
  await writer.start();
  writerStarted = true;
  // A read-only archive is read by the writer alone, from the copy it made (SQLite cannot open
  // a WAL archive beside it in a folder it may not write); nothing will be written anyway.
  for (let i = 0; i < (readOnly ? 0 : (options.readers ?? DEFAULT_READERS)); i++) {
    readers.push(followsWriter('reader'));
  }
  // The job worker (long writes on a connection of its own) starts with its first job. A
  // read-only archive has none: its writer refuses writes anyway.
  if (!readOnly) jobs = followsWriter('job');
  const threadFor = (role: 'writer' | 'reader' | 'job'): CoreThread =>
    role === 'job' ? (jobs ?? writer) : role === 'reader' && readers.length > 0 ? leastBusy(readers) : writer;
  try {
    await Promise.all(readers.map((r) => r.start()));
  } catch (error) {
    await Promise.all([...readers, writer].map((t) => t.close()));
    throw error;
  }

  let closing: Promise<void> | undefined;
  const closed: Result<never> = { ok: false, error: { code: 'UNAVAILABLE', message: 'the archive is closing' } };
  return {
    dispatch: async (name, input) => {
      if (closing) return closed;
      return threadFor(roleFor(name)).call('command', name, input);
    },
    job: async (name, input) => (closing ? closed : threadFor(jobWorkerJobs.has(name) ? 'job' : 'writer').call('job', name, input)) as never,
    integrity: () => state,
    checked,
    close() {
      // Readers and the job worker first (each waits for its calls in flight): the writer's
      // connection, closed last, checkpoints the WAL away and releases the lock file.
      closing ??= Promise.all([...readers, ...(jobs ? [jobs] : [])].map((r) => r.close())).then(() => writer.close());
      return closing;
    },
  };
}
