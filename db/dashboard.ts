import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { DUE_SOON_DAYS } from './action-status.js';
import type { Db } from './connection.js';
import type { DashboardCounts } from './model/index.js';
import type { Database } from './schema/index.js';

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
 * (action-status.ts; dashboard.test.ts checks both agree). No query reads the actions table
 * whole: done actions are most of an old archive, and their numbers come from
 * action_done_counts (kept by triggers, 0005), less those completed after `today` (still
 * open on that day, read by a range of actions_status). Actions never completed are counted
 * status by status, each a range of actions_open (completed_on, on_hold, deadline).
 */
export async function countActionsByStatus(db: Db, today: string, dueSoonDays = DUE_SOON_DAYS): Promise<DashboardCounts['actions']> {
  const soon = addDays(today, dueSoonDays);
  type Eb = ExpressionBuilder<Database, 'actions'>;
  const notDone = async (where: (eb: Eb) => Expression<SqlBool> = (eb) => eb.lit(true)) => {
    const row = await db
      .selectFrom('actions')
      .select((s) => s.fn.countAll<number>().as('n'))
      .where('completed_on', 'is', null)
      .where(where)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const active = (eb: Eb, more: Expression<SqlBool>) => eb.and([eb('on_hold', '=', 0), more]);
  const done = await db.selectFrom('action_done_counts').select(['late', 'n']).execute();
  const doneCount = (isLate: number) => Number(done.find((d) => d.late === isLate)?.n ?? 0);

  const n = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
  const onHold = sql`on_hold = 1`;
  const act = sql`on_hold = 0`;
  const later = await db
    .selectFrom('actions')
    .select([
      n(onHold).as('on_hold'),
      n(sql`${act} and deadline is null`).as('no_deadline'),
      n(sql`${act} and deadline < ${today}`).as('overdue'),
      n(sql`${act} and deadline >= ${today} and deadline <= ${soon}`).as('due_soon'),
      n(sql`${act} and deadline > ${soon}`).as('in_progress'),
      n(sql`deadline is not null and completed_on > deadline`).as('late'),
      sql<number>`count(*)`.as('all'),
    ])
    .where('completed_on', '>', today)
    .executeTakeFirstOrThrow();
  const l = Object.fromEntries(Object.entries(later).map(([k, v]) => [k, Number(v)])) as Record<keyof typeof later, number>;

  const counts = {
    // Every action is done (counted whatever its date) or has no completion date.
    total: doneCount(0) + doneCount(1) + (await notDone()),
    done_on_time: doneCount(0) - (l.all - l.late),
    done_late: doneCount(1) - l.late,
    on_hold: l.on_hold + (await notDone((eb) => eb('on_hold', '=', 1))),
    no_deadline: l.no_deadline + (await notDone((eb) => active(eb, eb('deadline', 'is', null)))),
    overdue: l.overdue + (await notDone((eb) => active(eb, eb('deadline', '<', today)))),
    due_soon: l.due_soon + (await notDone((eb) => active(eb, eb.and([eb('deadline', '>=', today), eb('deadline', '<=', soon)])))),
    in_progress: l.in_progress + (await notDone((eb) => active(eb, eb('deadline', '>', soon)))),
  };
  return { ...counts, open: counts.total - counts.done_on_time - counts.done_late };
}

/** Everything the dashboard's tiles show, each one count in SQL. */
export async function dashboardCounts(db: Db, today: string, dueSoonDays = DUE_SOON_DAYS): Promise<DashboardCounts> {
  return {
    asOf: today,
    committees: await countRows(db, 'committees'),
    people: await countRows(db, 'people'),
    activeMembers: await countActiveMembers(db, today),
    meetings: await countRows(db, 'meetings'),
    conclusions: await countRows(db, 'conclusions'),
    actions: await countActionsByStatus(db, today, dueSoonDays),
  };
}
