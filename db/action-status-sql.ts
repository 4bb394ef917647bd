import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { addDays } from './action-status.js';
import type { ActionStatus } from './model/index.js';

// The rules of deriveActionStatus (action-status.ts) in SQL, for the lists, the chase and the
// reports: one condition per status, each an OR of branches that an index of actions can
// range over (actions_open / actions_committee_open: completed_on, on_hold, deadline), and one
// CASE giving the status of a row. actions.test.ts checks they agree with deriveActionStatus.

const col = (table: string, name: string) => sql.ref(`${table}.${name}`);

/** Open on `asOf`: never completed, or completed after that day. */
function openBranches(t: string, asOf: string) {
  return [sql<SqlBool>`${col(t, 'completed_on')} is null`, sql<SqlBool>`${col(t, 'completed_on')} > ${asOf}`];
}

/** Each branch AND `more`, the branches OR-ed: each term indexable on its own. */
function openAnd(t: string, asOf: string, more: RawBuilder<SqlBool>): RawBuilder<SqlBool> {
  const [never, later] = openBranches(t, asOf);
  return sql<SqlBool>`((${never} and ${more}) or (${later} and ${more}))`;
}

/** Rows in `status` as of `asOf` (the table's name or alias `t`). */
export function statusSql(status: ActionStatus, asOf: string, dueSoonDays: number, t = 'actions'): RawBuilder<SqlBool> {
  const c = col(t, 'completed_on');
  const d = col(t, 'deadline');
  const active = (more: RawBuilder<SqlBool>) => openAnd(t, asOf, sql<SqlBool>`${col(t, 'on_hold')} = 0 and ${more}`);
  switch (status) {
    case 'done_on_time':
      return sql<SqlBool>`(${c} <= ${asOf} and (${d} is null or ${c} <= ${d}))`;
    case 'done_late':
      return sql<SqlBool>`(${c} <= ${asOf} and ${d} is not null and ${c} > ${d})`;
    case 'on_hold':
      return openAnd(t, asOf, sql<SqlBool>`${col(t, 'on_hold')} = 1`);
    case 'no_deadline':
      return active(sql<SqlBool>`${d} is null`);
    case 'overdue':
      return active(sql<SqlBool>`${d} < ${asOf}`);
    case 'due_soon':
      return active(sql<SqlBool>`${d} >= ${asOf} and ${d} <= ${addDays(asOf, dueSoonDays)}`);
    case 'in_progress':
      return active(sql<SqlBool>`${d} > ${addDays(asOf, dueSoonDays)}`);
  }
}

/** Rows in any of `statuses`. */
export function statusesSql(statuses: readonly ActionStatus[], asOf: string, dueSoonDays: number, t = 'actions'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    statuses.map((s) => statusSql(s, asOf, dueSoonDays, t)),
    sql` or `,
  )})`;
}

/** Given by `asOf`: an action does not exist before its assigned_on. */
export function assignedBy(asOf: string, t = 'actions'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${col(t, 'assigned_on')} <= ${asOf}`;
}

/** The status of each row as of `asOf`, as deriveActionStatus gives it. */
export function statusCaseSql(asOf: string, dueSoonDays: number, t = 'actions'): RawBuilder<ActionStatus> {
  const c = col(t, 'completed_on');
  const d = col(t, 'deadline');
  return sql<ActionStatus>`case
    when ${c} <= ${asOf} then (case when ${d} is null or ${c} <= ${d} then 'done_on_time' else 'done_late' end)
    when ${col(t, 'on_hold')} = 1 then 'on_hold'
    when ${d} is null then 'no_deadline'
    when ${d} < ${asOf} then 'overdue'
    when ${d} <= ${addDays(asOf, dueSoonDays)} then 'due_soon'
    else 'in_progress' end`;
}
