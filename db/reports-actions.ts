import { assignedBy, statusCaseSql } from './action-status-sql.js';
import { summaryQuery, toSummary } from './actions.js';
import { getCommittee } from './committees.js';
import type { Db } from './connection.js';
import { ACTION_STATUSES, type ActionListFilter, type ActionReport, type ActionStatus, type ActionStatusCounts, type ActionSummary, type ReportGroup, formatDisplayDate } from './model/index.js';

// The report as of a day: counts by status (derived in SQL, statusCaseSql) per lead owner and
// per conclusion, each group with the list filter that gives its actions. Every action given
// by that day counts once in the totals; actions without a lead owner are in no owner group.

export const emptyCounts = (): ActionStatusCounts => ({ ...(Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>), total: 0 });

function add(counts: ActionStatusCounts, status: ActionStatus, n: number): void {
  counts[status] += n;
  counts.total += n;
}

/** Rows of actions read per statement: the report walks them in id order, a batch at a time. */
const REPORT_BATCH = 5000;
/** Ids per `in (...)` list when the names are looked up. */
const LOOKUP_BATCH = 500;

async function inBatches<T>(ids: number[], lookup: (batch: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) out.push(...(await lookup(ids.slice(i, i + LOOKUP_BATCH))));
  return out;
}

/**
 * The report in one pass over the actions given by `asOf` (of the committee, or all), in id
 * order a batch at a time: each action's status (statusCaseSql), lead owner and conclusion,
 * counted here; then the names of the owners and conclusions found.
 */
export async function actionReport(db: Db, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const committee = committeeId !== undefined ? await getCommittee(db, committeeId, asOf) : null;
  const base: ActionListFilter = { ...(committeeId !== undefined ? { committeeId } : {}), asOf };
  const status = statusCaseSql(asOf, dueSoonDays);
  const totals = emptyCounts();
  const owners = new Map<string, { personId: number | null; unitName: string | null; counts: ActionStatusCounts }>();
  const conclusions = new Map<number | null, ActionStatusCounts>();
  let after = 0;
  for (;;) {
    let q = db
      .selectFrom('actions')
      .leftJoin('action_owners as lo', (j) => j.onRef('lo.action_id', '=', 'actions.id').on('lo.is_lead', '=', 1))
      .leftJoin('conclusion_items as ci', 'ci.id', 'actions.conclusion_item_id')
      .select(['actions.id', 'lo.person_id', 'lo.unit_name', 'ci.conclusion_id', status.as('action_status')])
      .where(assignedBy(asOf))
      .where('actions.id', '>', after);
    if (committeeId !== undefined) q = q.where('actions.committee_id', '=', committeeId);
    const rows = await q.orderBy('actions.id').limit(REPORT_BATCH).execute();
    for (const r of rows) {
      add(totals, r.action_status, 1);
      if (r.person_id !== null || r.unit_name !== null) {
        const key = r.person_id !== null ? `p${r.person_id}` : `u${r.unit_name}`;
        let o = owners.get(key);
        if (!o) owners.set(key, (o = { personId: r.person_id, unitName: r.unit_name, counts: emptyCounts() }));
        add(o.counts, r.action_status, 1);
      }
      let c = conclusions.get(r.conclusion_id);
      if (!c) conclusions.set(r.conclusion_id, (c = emptyCounts()));
      add(c, r.action_status, 1);
    }
    if (rows.length < REPORT_BATCH) break;
    after = rows[rows.length - 1]!.id;
  }

  const personIds = [...owners.values()].flatMap((o) => (o.personId === null ? [] : [o.personId]));
  const names = new Map(
    (await inBatches(personIds, (ids) => db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', ids).execute())).map((p) => [p.id, p.full_name]),
  );
  const byOwner: ReportGroup[] = [...owners.values()].map((o) => {
    const name = o.personId !== null ? (names.get(o.personId) ?? '') : (o.unitName as string);
    return {
      label: name,
      owner: { personId: o.personId, unitName: o.unitName, name, lead: true },
      counts: o.counts,
      filter: { ...base, owner: o.personId !== null ? { personId: o.personId } : { unitName: o.unitName as string } },
    };
  });

  const conclusionIds = [...conclusions.keys()].filter((id): id is number => id !== null);
  const info = new Map(
    (await inBatches(conclusionIds, (ids) => db
          .selectFrom('conclusions')
          // C3's merge of c1 + c2: 0013 moved the notice's number to its series (document_numbers).
          .leftJoin('document_numbers as dn', 'dn.id', 'conclusions.document_number_id')
          .select(['conclusions.id', 'dn.number', 'conclusions.issued_on', 'conclusions.title'])
          .where('conclusions.id', 'in', ids)
          .execute())).map((c) => [c.id, c]),
  );
  const byConclusion: ReportGroup[] = [...conclusions.entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([id, counts]) => {
      if (id === null) return { label: 'Nhiệm vụ không theo thông báo kết luận', conclusionId: null, counts, filter: { ...base, withoutConclusion: true } };
      const c = info.get(id);
      return { label: conclusionLabel(c?.number ?? null, c?.issued_on ?? null, c?.title ?? null), conclusionId: id, counts, filter: { ...base, conclusionId: id } };
    });

  return { asOf, dueSoonDays, committee, totals, byOwner: byOwner.sort((a, b) => a.label.localeCompare(b.label, 'vi')), byConclusion };
}

/** "Thông báo số 01 ngày 13/01/2021: <title>" (or the title alone while not numbered). */
export function conclusionLabel(number: number | null, issuedOn: string | null, title: string | null): string {
  const n = number === null ? '' : `số ${String(number).padStart(2, '0')} `;
  const d = issuedOn ? `ngày ${formatDisplayDate(issuedOn)}` : '';
  return `Thông báo ${n}${d}`.trim() + (title ? `: ${title}` : '');
}

/** Every action of the report (given by `asOf`, of the committee), a batch at a time in id order. */
export async function* reportActions(db: Db, asOf: string, dueSoonDays: number, committeeId?: number, batch = 1000): AsyncGenerator<ActionSummary[]> {
  let after = 0;
  for (;;) {
    let q = summaryQuery(db).where(assignedBy(asOf)).where('actions.id', '>', after);
    if (committeeId !== undefined) q = q.where('actions.committee_id', '=', committeeId);
    const rows = await q.orderBy('actions.id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows.map((r) => toSummary(r, asOf, dueSoonDays));
    after = rows[rows.length - 1]!.id;
    if (rows.length < batch) return;
  }
}

