import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveActionStatus } from './action-status.js';
import type { Archive } from './connection.js';
import { countActionsByStatus, dashboardCounts } from './dashboard.js';
import { openDemoArchive, openTempArchive, removeTempDirs, useTempArchive } from './test-support.js';

let archive: Archive;
beforeAll(async () => {
  ({ archive } = await openDemoArchive());
});
afterAll(async () => {
  await archive.close();
  removeTempDirs();
});

const none = { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, due_soon: 0, no_deadline: 0, on_hold: 0 };

describe('dashboardCounts on the demo', () => {
  it('as of 2021-07-01: every completion has happened', async () => {
    const counts = await dashboardCounts(archive.db, '2021-07-01');
    expect(counts).toEqual({
      asOf: '2021-07-01',
      committees: 1,
      people: 8,
      activeMembers: 7,
      meetings: 1,
      conclusions: 1,
      actions: { ...none, total: 6, open: 3, done_on_time: 2, done_late: 1, in_progress: 1, no_deadline: 1, on_hold: 1 },
    });
  });

  it('as of 2021-03-29: later completions are still open, one deadline is two days away', async () => {
    const { actions } = await dashboardCounts(archive.db, '2021-03-29');
    // Done 25/02 on time; due 31/03 (done 12/04) due soon; due 30/06 (done 28/06) and due 31/12 in progress.
    expect(actions).toEqual({ ...none, total: 6, open: 5, done_on_time: 1, due_soon: 1, in_progress: 2, no_deadline: 1, on_hold: 1 });
  });

  it('as of 2022-01-05: the action due 31/12/2021 is overdue', async () => {
    const { actions } = await dashboardCounts(archive.db, '2022-01-05');
    expect(actions).toEqual({ ...none, total: 6, open: 3, done_on_time: 2, done_late: 1, overdue: 1, no_deadline: 1, on_hold: 1 });
  });

  it('counts members in force on the day', async () => {
    expect((await dashboardCounts(archive.db, '2020-01-01')).activeMembers).toBe(1);
    expect((await dashboardCounts(archive.db, '2020-10-26')).activeMembers).toBe(7);
    expect((await dashboardCounts(archive.db, '2016-01-01')).activeMembers).toBe(0);
  });

  it('the per-status counts always add up to the total', async () => {
    for (const day of ['2021-01-01', '2021-02-26', '2021-04-01', '2021-06-29', '2023-01-01']) {
      const { actions } = await dashboardCounts(archive.db, day);
      const { total, open, ...byStatus } = actions;
      expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(total);
      expect(open).toBe(total - byStatus.done_on_time - byStatus.done_late);
    }
  });
});

describe('dashboardCounts on an empty archive', () => {
  it('is all zeros', async () => {
    const empty = await openTempArchive();
    const counts = await dashboardCounts(empty.db, '2021-01-13');
    await empty.close();
    expect(counts).toEqual({
      asOf: '2021-01-13',
      committees: 0,
      people: 0,
      activeMembers: 0,
      meetings: 0,
      conclusions: 0,
      actions: { ...none, total: 0, open: 0 },
    });
  });
});

describe('countActionsByStatus', () => {
  const t = useTempArchive();
  const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
  const fields = { deadline: fc.option(day), completedOn: fc.option(day), onHold: fc.boolean() };
  // Each action is written, then maybe changed (completion date, deadline) or deleted: the
  // done counts kept by triggers (0005) must follow every kind of write.
  const action = fc.record({ ...fields, change: fc.option(fc.oneof(fc.record(fields), fc.constant('delete' as const))) });

  it('counts in SQL exactly what deriveActionStatus says of each action, on any day', async () => {
    const { id: committeeId } = await t.db
      .insertInto('committees')
      .values({ name: 'BCĐ', level: 'tinh', created_at: 'x', updated_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 25 }), day, async (actions, today) => {
        await t.db.deleteFrom('actions').execute();
        const final = [];
        for (const a of actions) {
          const { id } = await t.db
            .insertInto('actions')
            .values({ committee_id: committeeId, title: 'x', deadline: a.deadline, completed_on: a.completedOn, on_hold: a.onHold ? 1 : 0, created_at: 'x', updated_at: 'x' })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (a.change === 'delete') {
            await t.db.deleteFrom('actions').where('id', '=', id).execute();
          } else if (a.change) {
            const c = a.change;
            await t.db.updateTable('actions').set({ deadline: c.deadline, completed_on: c.completedOn, on_hold: c.onHold ? 1 : 0 }).where('id', '=', id).execute();
            final.push(c);
          } else {
            final.push(a);
          }
        }
        const expected = { ...none, total: final.length, open: 0 };
        for (const a of final) {
          const status = deriveActionStatus(a, today);
          expected[status] += 1;
          if (status !== 'done_on_time' && status !== 'done_late') expected.open += 1;
        }
        expect(await countActionsByStatus(t.db, today)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
