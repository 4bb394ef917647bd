import { sql } from 'kysely';
import { DUE_SOON_DAYS } from './action-status.js';
import type { Db } from './connection.js';
import type { DashboardCounts } from './model/index.js';

export type { DashboardCounts };

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function countRows(db: Db, table: 'committees' | 'people' | 'meetings' | 'conclusions'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveMembers(db: Db, today: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('from_date', '<=', today)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', today)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Actions by status as of `today`, counted in SQL with the rules of deriveActionStatus
 * (action-status.ts; dashboard.test.ts checks both agree). Done actions are most of an old
 * archive: their numbers come from action_done_counts (kept by triggers, 0005), less those
 * completed after `today` (still open on that day). Only the actions open on `today` are
 * read, from actions_status (covering): completed_on is null, or later than `today`; no
 * query reads the actions table whole.
 */
export async function countActionsByStatus(db: Db, today: string): Promise<DashboardCounts['actions']> {
  const soon = addDays(today, DUE_SOON_DAYS);
  const active = sql`on_hold = 0`;
  const late = sql`(deadline is not null and completed_on > deadline)`;
  const n = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
  const done = await db.selectFrom('action_done_counts').select(['late', 'n']).execute();
  const open = await db
    .selectFrom('actions')
    .select([
      n(sql`completed_on is null`).as('not_done'),
      n(sql`on_hold = 1`).as('on_hold'),
      n(sql`${active} and deadline is null`).as('no_deadline'),
      n(sql`${active} and deadline < ${today}`).as('overdue'),
      n(sql`${active} and deadline >= ${today} and deadline <= ${soon}`).as('due_soon'),
      n(sql`${active} and deadline > ${soon}`).as('in_progress'),
      n(sql`completed_on is not null and ${late}`).as('later_late'),
      n(sql`completed_on is not null and not ${late}`).as('later_on_time'),
    ])
    .where((w) => w.or([w('completed_on', 'is', null), w('completed_on', '>', today)]))
    .executeTakeFirstOrThrow();
  const o = Object.fromEntries(Object.entries(open).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof open, number>;
  const doneCount = (isLate: number) => Number(done.find((d) => d.late === isLate)?.n ?? 0);
  const counts = {
    // Every action is done (counted, whatever its date) or has no completion date.
    total: doneCount(0) + doneCount(1) + o.not_done,
    done_on_time: doneCount(0) - o.later_on_time,
    done_late: doneCount(1) - o.later_late,
    on_hold: o.on_hold,
    no_deadline: o.no_deadline,
    overdue: o.overdue,
    due_soon: o.due_soon,
    in_progress: o.in_progress,
  };
  return { ...counts, open: counts.total - counts.done_on_time - counts.done_late };
}

/** Everything the dashboard's tiles show, each one count in SQL. */
export async function dashboardCounts(db: Db, today: string): Promise<DashboardCounts> {
  return {
    asOf: today,
    committees: await countRows(db, 'committees'),
    people: await countRows(db, 'people'),
    activeMembers: await countActiveMembers(db, today),
    meetings: await countRows(db, 'meetings'),
    conclusions: await countRows(db, 'conclusions'),
    actions: await countActionsByStatus(db, today),
  };
}
