// The inputs that make the test worker (test-worker.ts) misbehave on purpose.

/** meetings.list for a committee id at or above this runs one long statement of that many steps. */
export const SLOW_FROM = 1_000_000;
/** people.get / people.update of this id ends the worker thread, as a crash would. */
export const CRASH_ID = 666_666;
/** A job that ends the writer's thread whatever the archive's state. */
export const CRASH_JOB = 'test.crash';
