import { type SelectQueryBuilder, sql } from 'kysely';
import { actionStatusAsOf } from './action-status.js';
import { assignedBy, statusesSql } from './action-status-sql.js';
import { notFound } from './errors.js';
import type { Reader } from './meetings-store.js';
import { type ActionDetail, type ActionListFilter, type ActionOwner, type ActionPage, type ActionSummary, PAGE_DEFAULT_LIMIT, type ProgressUpdate } from './model/index.js';
import type { Database } from './schema/index.js';

// Reading actions: the list (filtered in SQL, statuses derived as of a day), one action with
// its owners and progress, the unit names used as owners.

type ActionsQuery = SelectQueryBuilder<Database, 'actions', object>;

/** The filter's conditions on `actions` (every one backed by an index: see query-plans.test.ts). */
export function filterActions<Q extends ActionsQuery>(q: Q, filter: ActionListFilter, asOf: string, dueSoonDays: number): Q {
  let r = q.where(assignedBy(asOf)) as Q;
  if (filter.committeeId !== undefined) r = r.where('actions.committee_id', '=', filter.committeeId) as Q;
  if (filter.conclusionItemId !== undefined) r = r.where('actions.conclusion_item_id', '=', filter.conclusionItemId) as Q;
  if (filter.withoutConclusion) r = r.where('actions.conclusion_item_id', 'is', null) as Q;
  if (filter.conclusionId !== undefined) {
    const conclusionId = filter.conclusionId;
    r = r.where('actions.conclusion_item_id', 'in', (eb) => eb.selectFrom('conclusion_items').select('conclusion_items.id').where('conclusion_items.conclusion_id', '=', conclusionId)) as Q;
  }
  if (filter.owner !== undefined) {
    const owner = filter.owner;
    r = r.where('actions.id', 'in', (eb) => {
      const o = eb.selectFrom('action_owners').select('action_owners.action_id').where('action_owners.is_lead', '=', 1);
      return 'personId' in owner ? o.where('action_owners.person_id', '=', owner.personId) : o.where('action_owners.unit_name', '=', owner.unitName);
    }) as Q;
  }
  if (filter.statuses !== undefined) r = r.where(statusesSql(filter.statuses, asOf, dueSoonDays)) as Q;
  if (filter.deadlineFrom !== undefined) r = r.where('actions.deadline', '>=', filter.deadlineFrom) as Q;
  if (filter.deadlineTo !== undefined) r = r.where('actions.deadline', '<=', filter.deadlineTo) as Q;
  if (filter.completedFrom !== undefined) r = r.where('actions.completed_on', '>=', filter.completedFrom) as Q;
  if (filter.completedTo !== undefined) r = r.where('actions.completed_on', '<=', filter.completedTo) as Q;
  return r;
}

/** How many actions match (the figure a list's filter reproduces). */
export async function countActions(db: Reader, filter: ActionListFilter, asOf: string, dueSoonDays: number): Promise<number> {
  const row = await filterActions(db.selectFrom('actions'), filter, asOf, dueSoonDays)
    .select((s) => s.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ActionRow {
  id: number;
  committee_id: number;
  committee_name: string;
  conclusion_item_id: number | null;
  conclusion_id: number | null;
  conclusion_number: number | null;
  title: string;
  assigned_on: string;
  deadline: string | null;
  completed_on: string | null;
  on_hold: number;
  hold_reason: string | null;
  lead_person_id: number | null;
  lead_unit_name: string | null;
  lead_person_name: string | null;
}

/** The columns of an ActionSummary, from actions joined to its committee, conclusion and lead owner. */
export function summaryQuery(db: Reader) {
  return db
    .selectFrom('actions')
    .innerJoin('committees as c', 'c.id', 'actions.committee_id')
    .leftJoin('conclusion_items as ci', 'ci.id', 'actions.conclusion_item_id')
    .leftJoin('conclusions as cn', 'cn.id', 'ci.conclusion_id')
    // C3's merge of c1 + c2: 0013 moved the notice's number to its series (document_numbers).
    .leftJoin('document_numbers as dn', 'dn.id', 'cn.document_number_id')
    .leftJoin('action_owners as lo', (j) => j.onRef('lo.action_id', '=', 'actions.id').on('lo.is_lead', '=', 1))
    .leftJoin('people as lp', 'lp.id', 'lo.person_id')
    .select([
      'actions.id',
      'actions.committee_id',
      'c.name as committee_name',
      'actions.conclusion_item_id',
      'ci.conclusion_id',
      'dn.number as conclusion_number',
      'actions.title',
      'actions.assigned_on',
      'actions.deadline',
      'actions.completed_on',
      'actions.on_hold',
      'actions.hold_reason',
      'lo.person_id as lead_person_id',
      'lo.unit_name as lead_unit_name',
      'lp.full_name as lead_person_name',
    ]);
}

export function toSummary(r: ActionRow, asOf: string, dueSoonDays: number): ActionSummary {
  const dates = { deadline: r.deadline, completedOn: r.completed_on, onHold: r.on_hold === 1 };
  const lead: ActionOwner | null =
    r.lead_person_id !== null || r.lead_unit_name !== null
      ? { personId: r.lead_person_id, unitName: r.lead_unit_name, name: r.lead_person_name ?? r.lead_unit_name ?? '', lead: true }
      : null;
  return {
    id: r.id,
    committeeId: r.committee_id,
    committeeName: r.committee_name,
    conclusionId: r.conclusion_id,
    conclusionItemId: r.conclusion_item_id,
    conclusionNumber: r.conclusion_number,
    title: r.title,
    assignedOn: r.assigned_on,
    deadline: r.deadline,
    completedOn: r.completed_on,
    onHold: r.on_hold === 1,
    holdReason: r.hold_reason,
    // Null only for actions.get of a day before the assignment: the lists leave such rows out (assignedBy).
    status: actionStatusAsOf({ ...dates, assignedOn: r.assigned_on }, asOf, dueSoonDays),
    leadOwner: lead,
  };
}

/** Deadline first (none last), then the order of entry. */
export async function listActions(db: Reader, filter: ActionListFilter & { limit?: number; offset?: number }, asOf: string, dueSoonDays: number): Promise<ActionPage> {
  const limit = filter.limit ?? PAGE_DEFAULT_LIMIT;
  const offset = filter.offset ?? 0;
  // The page's ids first (filtered and sorted on actions alone), then their joined columns.
  const page = filterActions(db.selectFrom('actions').select('actions.id'), filter, asOf, dueSoonDays)
    .orderBy(sql`actions.deadline is null`)
    .orderBy('actions.deadline')
    .orderBy('actions.id')
    .limit(limit + 1)
    .offset(offset);
  const rows = await summaryQuery(db)
    .where('actions.id', 'in', page)
    .orderBy(sql`actions.deadline is null`)
    .orderBy('actions.deadline')
    .orderBy('actions.id')
    .execute();
  const hasMore = rows.length > limit;
  return {
    items: rows.slice(0, limit).map((r) => toSummary(r, asOf, dueSoonDays)),
    hasMore,
    nextCursor: null,
    total: await countActions(db, filter, asOf, dueSoonDays),
    asOf,
    dueSoonDays,
  };
}

/** Every owner of an action, the lead first. */
export async function actionOwners(db: Reader, actionId: number): Promise<ActionOwner[]> {
  const rows = await db
    .selectFrom('action_owners as o')
    .leftJoin('people as p', 'p.id', 'o.person_id')
    .select(['o.person_id', 'o.unit_name', 'o.is_lead', 'p.full_name'])
    .where('o.action_id', '=', actionId)
    .orderBy('o.is_lead', 'desc')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, unitName: r.unit_name, name: r.full_name ?? r.unit_name ?? '', lead: r.is_lead === 1 }));
}

export async function actionProgress(db: Reader, actionId: number): Promise<ProgressUpdate[]> {
  const rows = await db
    .selectFrom('progress_updates as u')
    .leftJoin('attachments as f', 'f.id', 'u.attachment_id')
    .select(['u.id', 'u.action_id', 'u.reported_on', 'u.text', 'u.attachment_id', 'f.file_name'])
    .where('u.action_id', '=', actionId)
    .orderBy('u.reported_on')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ id: r.id, actionId: r.action_id, reportedOn: r.reported_on, text: r.text, attachmentId: r.attachment_id, attachmentName: r.file_name }));
}

export async function getAction(db: Reader, id: number, asOf: string, dueSoonDays: number): Promise<ActionDetail> {
  const row = await summaryQuery(db)
    .leftJoin('attachments as ev', 'ev.id', 'actions.evidence_attachment_id')
    .select(['actions.description', 'actions.evidence_text', 'actions.evidence_attachment_id', 'ev.file_name as evidence_name'])
    .where('actions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('action', id);
  return {
    ...toSummary(row, asOf, dueSoonDays),
    description: row.description,
    owners: await actionOwners(db, id),
    evidenceText: row.evidence_text,
    evidenceAttachmentId: row.evidence_attachment_id,
    evidenceAttachmentName: row.evidence_name,
    progress: await actionProgress(db, id),
    asOf,
  };
}

/** Unit names already used as owners, in order, those containing `query` (case-insensitive) when given. */
export async function unitNames(db: Reader, query: string | null | undefined, limit = PAGE_DEFAULT_LIMIT): Promise<string[]> {
  let q = db.selectFrom('action_owners').select('unit_name').distinct().where('unit_name', 'is not', null);
  if (query) q = q.where(sql<boolean>`lower(unit_name) like ${`%${query.toLocaleLowerCase('vi').replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  const rows = await q.orderBy('unit_name').limit(limit).execute();
  return rows.map((r) => r.unit_name as string);
}
