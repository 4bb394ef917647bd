import type { MessagePort } from 'node:worker_threads';
import type { OpenOptions } from '../../db/connection.js';
import { resolveActor } from '../../db/actor.js';
import { systemClock } from '../../db/clock.js';
import { ArchiveError } from '../../db/errors.js';
import type { Result } from '../contract.js';
import type { HandlerContext } from '../handlers/context.js';
import type { Handlers } from '../handlers/define.js';
import { toError } from '../handlers/dispatch.js';
import { type ReaderSession, type Session, currentActor, openReaderSession, openSession } from '../handlers/session.js';
import { openJobSession } from './job-session.js';
import { type Job, coreJobs } from './jobs.js';
import type { FromWorker, OpenFailure, ToWorker, WorkerConfig } from './protocol.js';

/** What a test worker adds to the real one (a slow or crashing handler, an extra job). */
export interface WorkerExtras {
  handlers?: Partial<Handlers>;
  jobs?: Record<string, Job>;
}

function openFailure(error: unknown): OpenFailure {
  if (error instanceof ArchiveError) return { code: error.code, message: error.message, details: error.details };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

async function open(config: WorkerConfig, extras: WorkerExtras): Promise<Session | ReaderSession> {
  if (config.role === 'writer') {
    const options: OpenOptions = { integrityCheck: config.integrityCheck, create: config.create ?? false };
    if (config.lock !== undefined) options.lock = config.lock;
    if (config.reclaimOwnLock) options.reclaimOwnLock = true;
    return openSession(config.file, config.host, options, extras.handlers);
  }
  if (config.role === 'job') return openJobSession(config.file, config.host, config.integrity ?? { status: 'checking' }, extras.handlers);
  return openReaderSession(config.file, config.host, config.integrity ?? { status: 'checking' }, extras.handlers);
}

async function runJob(jobs: Record<string, Job>, name: string, input: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!Object.hasOwn(jobs, name)) return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `unknown job: ${name}` } };
  try {
    // A job that writes (a stored file, the demo) records its actor as a command does (db/actor.ts).
    return { ok: true, value: await jobs[name]!(input, { ...ctx, actor: await resolveActor(ctx.archive.db, ctx.actor) }) };
  } catch (error) {
    const result = toError(error);
    if (!result.ok && result.error.code === 'INTERNAL') console.error(error);
    return result;
  }
}

/**
 * The body of a core worker: opens its session, says ready (or why it could not open),
 * then answers commands and jobs until the host says close. Nothing it does throws across:
 * every answer is a Result.
 */
export async function runWorker(port: MessagePort, config: WorkerConfig, extras: WorkerExtras = {}): Promise<void> {
  const post = (message: FromWorker) => port.postMessage(message);
  let session: Session | ReaderSession;
  try {
    session = await open(config, extras);
  } catch (error) {
    post({ type: 'open-failed', error: openFailure(error) });
    return;
  }
  const ctx: HandlerContext = { archive: session.archive, actor: currentActor(), host: config.host, clock: systemClock };
  const jobs: Record<string, Job> = { ...coreJobs, ...extras.jobs };
  post({ type: 'ready', integrity: session.archive.integrity(), readOnly: session.archive.readOnly });
  if (config.role === 'writer') session.archive.checked.then((state) => post({ type: 'integrity', state }));

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'command':
        session.dispatch(message.name, message.input).then((result) => post({ type: 'result', id: message.id, result }));
        return;
      case 'job':
        runJob(jobs, message.name, message.input, ctx).then((result) => post({ type: 'result', id: message.id, result }));
        return;
      case 'integrity':
        if ('setIntegrity' in session) session.setIntegrity(message.state);
        return;
      case 'close':
        // The host sends close only once nothing is in flight; with the port closed the thread ends.
        session.close().finally(() => port.close());
        return;
    }
  });
}
