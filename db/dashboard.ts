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
 * (action-status.ts; dashboard.test.ts checks both agree), read from actions_status alone.
 */
export async function countActionsByStatus(db: Db, today: string): Promise<DashboardCounts['actions']> {
  const soon = addDays(today, DUE_SOON_DAYS);
  const done = sql`completed_on is not null and completed_on <= ${today}`;
  const open = sql`(completed_on is null or completed_on > ${today})`;
  const active = sql`${open} and on_hold = 0`;
  const n = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
  const row = await db
    .selectFrom('actions')
    .select((s) => [
      s.fn.countAll<number>().as('total'),
      n(sql`${done} and (deadline is null or completed_on <= deadline)`).as('done_on_time'),
      n(sql`${done} and deadline is not null and completed_on > deadline`).as('done_late'),
      n(sql`${open} and on_hold = 1`).as('on_hold'),
      n(sql`${active} and deadline is null`).as('no_deadline'),
      n(sql`${active} and deadline < ${today}`).as('overdue'),
      n(sql`${active} and deadline >= ${today} and deadline <= ${soon}`).as('due_soon'),
      n(sql`${active} and deadline > ${soon}`).as('in_progress'),
    ])
    .executeTakeFirstOrThrow();
  const counts = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Omit<DashboardCounts['actions'], 'open'>;
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
