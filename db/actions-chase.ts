import { sql } from 'kysely';
import { assignedBy, statusSql, statusesSql } from './action-status-sql.js';
import { countActions } from './actions.js';
import type { Reader } from './meetings-store.js';
import { type ActionChase, type ActionListFilter, CHASE_OWNERS_MAX, type ChaseFigure, DONE_STATUSES, OPEN_STATUSES } from './model/index.js';

// The dashboard's chase: each figure is the total of actions.list under the filter it
// carries (countActions runs that very filter), so "every figure opens the list behind it".

/** The first day of the month of `iso`. */
export const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;

export function chaseFilters(asOf: string, committeeId?: number): Record<ChaseFigure['key'], ActionListFilter> {
  const base = { ...(committeeId !== undefined ? { committeeId } : {}), asOf };
  return {
    overdue: { ...base, statuses: ['overdue'] },
    due_soon: { ...base, statuses: ['due_soon'] },
    done_this_month: { ...base, statuses: [...DONE_STATUSES], completedFrom: monthStart(asOf), completedTo: asOf },
    open: { ...base, statuses: [...OPEN_STATUSES] },
  };
}

export async function actionChase(db: Reader, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionChase> {
  const filters = chaseFilters(asOf, committeeId);
  const figures: ChaseFigure[] = [];
  for (const key of ['overdue', 'due_soon', 'done_this_month', 'open'] as const) {
    figures.push({ key, count: await countActions(db, filters[key], asOf, dueSoonDays), filter: filters[key] });
  }
  let q = db
    .selectFrom('actions')
    .crossJoin('action_owners as lo') // CROSS JOIN: SQLite keeps actions as the outer loop (driven by the status/committee index)
    .whereRef('lo.action_id', '=', 'actions.id')
    .where('lo.is_lead', '=', 1)
    .select([
      'lo.person_id',
      'lo.unit_name',
      (s) => s.fn.countAll<number>().as('open'),
      sql<number>`sum(case when ${statusSql('overdue', asOf, dueSoonDays)} then 1 else 0 end)`.as('overdue'),
    ])
    .where(assignedBy(asOf))
    .where(statusesSql(OPEN_STATUSES, asOf, dueSoonDays));
  if (committeeId !== undefined) q = q.where('actions.committee_id', '=', committeeId);
  const rows = await q
    .groupBy(['lo.person_id', 'lo.unit_name'])
    .orderBy('open', 'desc')
    .orderBy('overdue', 'desc')
    .orderBy('lo.person_id')
    .orderBy('lo.unit_name')
    .limit(CHASE_OWNERS_MAX)
    .execute();
  const personIds = rows.flatMap((r) => (r.person_id === null ? [] : [r.person_id]));
  const names = new Map(
    personIds.length === 0 ? [] : (await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', personIds).execute()).map((p) => [p.id, p.full_name]),
  );
  const byOwner = rows.map((r) => {
    const name = r.person_id !== null ? (names.get(r.person_id) ?? '') : (r.unit_name ?? '');
    const owner = r.person_id !== null ? { personId: r.person_id } : { unitName: r.unit_name as string };
    return {
      owner: { personId: r.person_id, unitName: r.unit_name, name, lead: true },
      open: Number(r.open),
      overdue: Number(r.overdue),
      filter: { ...filters.open, owner },
      overdueFilter: { ...filters.overdue, owner },
    };
  });
  return { asOf, dueSoonDays, committeeId: committeeId ?? null, figures, byOwner };
}
