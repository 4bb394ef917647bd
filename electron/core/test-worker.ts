import { sql } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { listMeetings } from '../../db/meetings.js';
import { getPerson, updatePerson } from '../../db/people.js';
import type { WorkerConfig } from './protocol.js';
import { CRASH_ID, CRASH_JOB, SLOW_FROM } from './test-worker-inputs.js';
import { runWorker } from './worker-main.js';

// A core worker for tests only: the real one, with three handlers that misbehave on
// purpose for inputs no clerk would send, and a job that crashes. Never bundled.


if (!parentPort) throw new Error('test-worker.ts runs only as a worker thread');
void runWorker(parentPort, workerData as WorkerConfig, {
  jobs: { [CRASH_JOB]: async () => process.exit(5) },
  handlers: {
    'meetings.list': async (input, ctx) => {
      if ((input.committeeId ?? 0) < SLOW_FROM) return listMeetings(ctx.archive.db, input);
      // One synchronous SQLite statement: this thread can do nothing else until it ends.
      const steps = input.committeeId!;
      await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${steps}) select sum(i) from n`.execute(ctx.archive.db);
      return { items: [], hasMore: false, nextCursor: null };
    },
    'people.get': async (input, ctx) => {
      if (input.id === CRASH_ID) process.exit(3);
      return getPerson(ctx.archive.db, input.id);
    },
    'people.update': async ({ id, ...patch }, ctx) => {
      if (id !== CRASH_ID) return updatePerson(ctx.archive.db, id, patch, ctx.actor);
      // Dies inside a write transaction, after its first statement.
      return ctx.archive.db.transaction().execute(async (trx) => {
        await sql`update people set full_name = 'half-written' where id = 1`.execute(trx);
        process.exit(4);
      });
    },
  },
});
