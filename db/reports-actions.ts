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

export async function actionReport(db: Db, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const base: ActionListFilter = { ...(committeeId !== undefined ? { committeeId } : {}), asOf };
  const status = statusCaseSql(asOf, dueSoonDays);

  let totalsQ = db.selectFrom('actions').select([status.as('action_status'), (s) => s.fn.countAll<number>().as('n')]).where(assignedBy(asOf));
  if (committeeId !== undefined) totalsQ = totalsQ.where('actions.committee_id', '=', committeeId);
  const totals = emptyCounts();
  for (const r of await totalsQ.groupBy('action_status').execute()) add(totals, r.action_status, Number(r.n));

  let ownersQ = db
    .selectFrom('actions')
    .crossJoin('action_owners as lo') // CROSS JOIN: SQLite keeps actions as the outer loop (driven by the status/committee index)
    .leftJoin('people as p', 'p.id', 'lo.person_id')
    .whereRef('lo.action_id', '=', 'actions.id')
    .where('lo.is_lead', '=', 1)
    .select(['lo.person_id', 'lo.unit_name', (s) => s.fn.max('p.full_name').as('full_name'), status.as('action_status'), (s) => s.fn.countAll<number>().as('n')])
    .where(assignedBy(asOf));
  if (committeeId !== undefined) ownersQ = ownersQ.where('actions.committee_id', '=', committeeId);
  const owners = new Map<string, ReportGroup>();
  for (const r of await ownersQ.groupBy(['lo.person_id', 'lo.unit_name', 'action_status']).execute()) {
    const key = r.person_id !== null ? `p${r.person_id}` : `u${r.unit_name}`;
    let g = owners.get(key);
    if (!g) {
      const name = r.full_name ?? r.unit_name ?? '';
      g = {
        label: name,
        owner: { personId: r.person_id, unitName: r.unit_name, name, lead: true },
        counts: emptyCounts(),
        filter: { ...base, owner: r.person_id !== null ? { personId: r.person_id } : { unitName: r.unit_name as string } },
      };
      owners.set(key, g);
    }
    add(g.counts, r.action_status, Number(r.n));
  }

  let conclusionsQ = db
    .selectFrom('actions')
    .leftJoin('conclusion_items as ci', 'ci.id', 'actions.conclusion_item_id')
    .leftJoin('conclusions as cn', 'cn.id', 'ci.conclusion_id')
    // C3's merge of c1 + c2: 0013 moved the notice's number to its series (document_numbers).
    .leftJoin('document_numbers as dn', 'dn.id', 'cn.document_number_id')
    .select([
      'ci.conclusion_id',
      (s) => s.fn.max('dn.number').as('number'),
      (s) => s.fn.max('cn.issued_on').as('issued_on'),
      (s) => s.fn.max('cn.title').as('title'),
      status.as('action_status'),
      (s) => s.fn.countAll<number>().as('n'),
    ])
    .where(assignedBy(asOf));
  if (committeeId !== undefined) conclusionsQ = conclusionsQ.where('actions.committee_id', '=', committeeId);
  const conclusions = new Map<number | null, ReportGroup>();
  for (const r of await conclusionsQ.groupBy(['ci.conclusion_id', 'action_status']).execute()) {
    let g = conclusions.get(r.conclusion_id);
    if (!g) {
      g =
        r.conclusion_id === null
          ? { label: 'Nhiệm vụ không theo thông báo kết luận', conclusionId: null, counts: emptyCounts(), filter: { ...base, withoutConclusion: true } }
          : { label: conclusionLabel(r.number, r.issued_on, r.title), conclusionId: r.conclusion_id, counts: emptyCounts(), filter: { ...base, conclusionId: r.conclusion_id } };
      conclusions.set(r.conclusion_id, g);
    }
    add(g.counts, r.action_status, Number(r.n));
  }

  const byName = (a: ReportGroup, b: ReportGroup) => a.label.localeCompare(b.label, 'vi');
  return {
    asOf,
    dueSoonDays,
    committee: committeeId !== undefined ? await getCommittee(db, committeeId, asOf) : null,
    totals,
    byOwner: [...owners.values()].sort(byName),
    byConclusion: [...conclusions.values()].sort((a, b) => (a.conclusionId ?? Infinity) - (b.conclusionId ?? Infinity)),
  };
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

