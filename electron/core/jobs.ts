import { loadDemo } from '../../db/demo/load-demo.js';
import type { HandlerContext } from '../handlers/context.js';

// Jobs: operations a host starts that are not commands of the contract (the renderer cannot
// call them). They run in the writer worker unless listed in `jobWorkerJobs`: long jobs
// (backup, export, reindex) run on the job worker, a thread with a read-write connection of
// its own (job-session.ts), so that they never hold up a command. Core.job() routes them;
// long COMMANDS (roster.import.apply) are routed there by routing.ts's onJobWorker.

export const coreJobs = {
  /** `minutebook demo`: loads the Thanh Hóa demo into an empty, sound archive. */
  'demo.load': async (_input: unknown, ctx: HandlerContext) => {
    ctx.archive.assertWritable();
    return loadDemo(ctx.archive.db, ctx.actor);
  },
};

/** The jobs that run on the job worker rather than the writer (none of the jobs above yet). */
export const jobWorkerJobs: ReadonlySet<string> = new Set<string>();

export type Job = (input: unknown, ctx: HandlerContext) => Promise<unknown>;
export type JobName = keyof typeof coreJobs;
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof coreJobs)[N]>>;
