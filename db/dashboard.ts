import { deriveActionStatus } from './action-status.js';
import type { Db } from './connection.js';
import type { DashboardCounts } from './model/index.js';

export type { DashboardCounts };

async function count(db: Db, table: 'committees' | 'people' | 'meetings' | 'conclusions'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function dashboardCounts(db: Db, today: string): Promise<DashboardCounts> {
  const members = await db
    .selectFrom('memberships')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('from_date', '<=', today)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', today)]))
    .executeTakeFirstOrThrow();
  const actionRows = await db.selectFrom('actions').select(['deadline', 'completed_on', 'on_hold']).execute();
  const actions = {
    total: actionRows.length,
    open: 0,
    done_on_time: 0,
    done_late: 0,
    in_progress: 0,
    overdue: 0,
    due_soon: 0,
    no_deadline: 0,
    on_hold: 0,
  };
  for (const row of actionRows) {
    const status = deriveActionStatus(
      { deadline: row.deadline, completedOn: row.completed_on, onHold: row.on_hold === 1 },
      today,
    );
    actions[status] += 1;
    if (status !== 'done_on_time' && status !== 'done_late') actions.open += 1;
  }
  return {
    asOf: today,
    committees: await count(db, 'committees'),
    people: await count(db, 'people'),
    activeMembers: Number(members.n),
    meetings: await count(db, 'meetings'),
    conclusions: await count(db, 'conclusions'),
    actions,
  };
}
