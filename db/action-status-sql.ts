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

/**
 * The deadline as a value no index serves (`deadline || ''`, the same text): in the branch of
 * the actions completed after the day, the index to range over is completed_on's; without
 * statistics SQLite would otherwise walk actions_by_deadline over nearly every action.
 */
const unindexed = (t: string) => sql`(${col(t, 'deadline')} || '')`;

/** An open action's part of each open status: on hold, or active with its deadline against the day. */
function openPart(status: Exclude<ActionStatus, 'done_on_time' | 'done_late'>, asOf: string, dueSoonDays: number, t: string, byDeadline = true): RawBuilder<SqlBool> {
  const d = byDeadline ? col(t, 'deadline') : unindexed(t);
  const held = col(t, 'on_hold');
  switch (status) {
    case 'on_hold':
      return sql<SqlBool>`${held} = 1`;
    case 'no_deadline':
      return sql<SqlBool>`(${held} = 0 and ${d} is null)`;
    case 'overdue':
      return sql<SqlBool>`(${held} = 0 and ${d} < ${asOf})`;
    case 'due_soon':
      return sql<SqlBool>`(${held} = 0 and ${d} >= ${asOf} and ${d} <= ${addDays(asOf, dueSoonDays)})`;
    case 'in_progress':
      return sql<SqlBool>`(${held} = 0 and ${d} > ${addDays(asOf, dueSoonDays)})`;
  }
}

function donePart(status: 'done_on_time' | 'done_late', asOf: string, t: string): RawBuilder<SqlBool> {
  const c = col(t, 'completed_on');
  const d = col(t, 'deadline');
  return status === 'done_on_time'
    ? sql<SqlBool>`(${c} <= ${asOf} and (${d} is null or ${c} <= ${d}))`
    : sql<SqlBool>`(${c} <= ${asOf} and ${d} is not null and ${c} > ${d})`;
}

/** How many statuses an open action may have (all but the two done ones). */
const OPEN_COUNT = 5;

const isDone = (s: ActionStatus): s is 'done_on_time' | 'done_late' => s === 'done_on_time' || s === 'done_late';

/**
 * Rows in any of `statuses` as of `asOf`: the done ones a range of completed_on each, the open
 * ones two branches (never completed / completed later) each AND-ed with the open statuses'
 * parts, so every top-level term starts on completed_on and an index ranges over it.
 */
export function statusesSql(statuses: readonly ActionStatus[], asOf: string, dueSoonDays: number, t = 'actions'): RawBuilder<SqlBool> {
  const terms: RawBuilder<SqlBool>[] = statuses.filter(isDone).map((s) => donePart(s, asOf, t));
  const open = statuses.filter((s) => !isDone(s)) as Array<Exclude<ActionStatus, 'done_on_time' | 'done_late'>>;
  if (open.length === OPEN_COUNT) {
    // Every open status: open is all it takes (no per-row test of the hold or the deadline).
    terms.push(...openBranches(t, asOf));
  } else if (open.length > 0) {
    const parts = (byDeadline: boolean) => sql<SqlBool>`(${sql.join(
      open.map((s) => openPart(s, asOf, dueSoonDays, t, byDeadline)),
      sql` or `,
    )})`;
    const [never, later] = openBranches(t, asOf);
    terms.push(sql<SqlBool>`(${never} and ${parts(true)})`, sql<SqlBool>`(${later} and ${parts(false)})`);
  }
  return sql<SqlBool>`(${sql.join(terms, sql` or `)})`;
}

/** Rows in `status` as of `asOf` (the table's name or alias `t`). */
export function statusSql(status: ActionStatus, asOf: string, dueSoonDays: number, t = 'actions'): RawBuilder<SqlBool> {
  return statusesSql([status], asOf, dueSoonDays, t);
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
