import { loadDemo } from '../../db/demo/load-demo.js';
import type { HandlerContext } from '../handlers/context.js';

// Jobs: operations a host starts that are not commands of the contract (the renderer cannot
// call them). They run in the writer worker today. Long jobs to come (backup, export,
// import, reindex) get a job worker of their own with its own connection, so that they
// never hold up a command: Core.job() is the one place to route them there.

export const coreJobs = {
  /** `minutebook demo`: loads the Thanh Hóa demo into an empty, sound archive. */
  'demo.load': async (_input: unknown, ctx: HandlerContext) => {
    ctx.archive.assertWritable();
    return loadDemo(ctx.archive.db, ctx.actor);
  },
};

export type Job = (input: unknown, ctx: HandlerContext) => Promise<unknown>;
export type JobName = keyof typeof coreJobs;
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof coreJobs)[N]>>;
