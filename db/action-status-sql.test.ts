import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionStatusAsOf } from './action-status.js';
import { statusCaseSql } from './action-status-sql.js';
import { countActions, listActions } from './actions.js';
import { ACTION_STATUSES, type ActionStatus } from './model/index.js';
import { useTempArchive } from './test-support.js';

// The SQL conditions (list filters) and the SQL CASE (reports) say of every action exactly
// what actionStatusAsOf says, on any day and for any due-soon window.

describe('statuses in SQL', () => {
  const t = useTempArchive();
  const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
  const action = fc.record({ deadline: fc.option(day), completedOn: fc.option(day), onHold: fc.boolean(), assignedOn: day });

  it('list filters and the CASE agree with actionStatusAsOf', async () => {
    const { id: committeeId } = await t.db.insertInto('committees').values({ name: 'BCĐ', level: 'tinh', created_at: 'x', updated_at: 'x' }).returning('id').executeTakeFirstOrThrow();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 20 }), day, fc.integer({ min: 0, max: 10 }), async (actions, asOf, dueSoon) => {
        await t.db.deleteFrom('actions').execute();
        const expected = new Map<ActionStatus, number[]>(ACTION_STATUSES.map((s) => [s, []]));
        const caseExpected: Array<[number, string | null]> = [];
        for (const a of actions) {
          const { id } = await t.db
            .insertInto('actions')
            .values({ committee_id: committeeId, title: 'x', deadline: a.deadline, completed_on: a.completedOn, on_hold: a.onHold ? 1 : 0, assigned_on: a.assignedOn, created_at: 'x', updated_at: 'x' })
            .returning('id')
            .executeTakeFirstOrThrow();
          const status = actionStatusAsOf(a, asOf, dueSoon);
          if (status) expected.get(status)!.push(id);
          caseExpected.push([id, status]);
        }
        for (const status of ACTION_STATUSES) {
          const page = await listActions(t.db, { statuses: [status], limit: 200 }, asOf, dueSoon);
          expect({ status, ids: page.items.map((i) => i.id).sort((x, y) => x - y) }).toEqual({ status, ids: expected.get(status) });
          expect(page.items.every((i) => i.status === status)).toBe(true);
          expect(await countActions(t.db, { statuses: [status] }, asOf, dueSoon)).toBe(expected.get(status)!.length);
        }
        const viaCase = await t.db.selectFrom('actions').select(['id', statusCaseSql(asOf, dueSoon).as('status'), 'assigned_on']).orderBy('id').execute();
        // The CASE gives the status of rows already given; the caller leaves the others out (assignedBy).
        expect(viaCase.map((r) => [r.id, r.assigned_on <= asOf ? r.status : null])).toEqual(caseExpected);
      }),
      { numRuns: 120 },
    );
  });
});
