import type { Transaction } from 'kysely';
import { dueSoonDaysOf } from './actions-settings.js';
import { getAction, summaryQuery, toSummary } from './actions.js';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { type Reader, invalid } from './meetings-store.js';
import type { ActionDetail, ActionsCreated, OwnerRef } from './model/index.js';
import type { Database } from './schema/index.js';

// Writing actions: each change one transaction with its audit entry (entity 'action').
// `today` comes from the caller (todayOf(ctx), the archive's time zone): a completion or a
// progress note cannot be dated after it.

type Trx = Transaction<Database>;

export interface OwnersInput {
  owner: OwnerRef;
  coOwners?: OwnerRef[];
}

export interface ActionFields extends Partial<OwnersInput> {
  title: string;
  description?: string | null;
  deadline?: string | null;
  assignedOn?: string;
}

const ownerKey = (o: OwnerRef) => ('personId' in o ? `p${o.personId}` : `u${o.unitName.toLocaleLowerCase('vi')}`);

async function actionRow(db: Reader, id: number) {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('action', id);
  return row;
}

/** Replaces the action's owners: the lead, then the co-owners (none twice). */
async function writeOwners(trx: Trx, actionId: number, owners: OwnersInput): Promise<void> {
  const all = [owners.owner, ...(owners.coOwners ?? [])];
  const seen = new Set<string>();
  for (const o of all) {
    if (seen.has(ownerKey(o))) throw invalid('coOwners', 'owner_twice', 'an owner is listed twice');
    seen.add(ownerKey(o));
    if ('personId' in o) {
      const p = await trx.selectFrom('people').select('id').where('id', '=', o.personId).executeTakeFirst();
      if (!p) throw notFound('person', o.personId);
    }
  }
  await trx.deleteFrom('action_owners').where('action_id', '=', actionId).execute();
  await trx
    .insertInto('action_owners')
    .values(all.map((o, i) => ({ action_id: actionId, person_id: 'personId' in o ? o.personId : null, unit_name: 'unitName' in o ? o.unitName : null, is_lead: i === 0 ? 1 : 0 })))
    .execute();
}

function checkDates(assignedOn: string, deadline: string | null | undefined): void {
  if (deadline && deadline < assignedOn) throw invalid('deadline', 'deadline_before_assigned', 'the deadline is before the day the task was given');
}

async function assertAttachment(trx: Reader, id: number | null | undefined, path: string): Promise<void> {
  if (id == null) return;
  const f = await trx.selectFrom('attachments').select('id').where('id', '=', id).executeTakeFirst();
  if (!f) throw new ArchiveError('NOT_FOUND', `attachment ${id} does not exist`, { entity: 'attachment', id, issues: [{ path, message: 'not_found' }] });
}

async function itemOf(trx: Reader, conclusionItemId: number) {
  const item = await trx
    .selectFrom('conclusion_items as ci')
    .innerJoin('conclusions as c', 'c.id', 'ci.conclusion_id')
    .select(['ci.id', 'ci.text', 'ci.conclusion_id', 'c.committee_id', 'c.issued_on'])
    .where('ci.id', '=', conclusionItemId)
    .executeTakeFirst();
  if (!item) throw notFound('conclusion item', conclusionItemId);
  return item;
}

async function insertAction(
  trx: Trx,
  v: { committeeId: number; conclusionItemId: number | null; fields: ActionFields & OwnersInput; assignedOn: string },
  actor: string,
): Promise<number> {
  checkDates(v.assignedOn, v.fields.deadline);
  const at = nowIso();
  const { id } = await trx
    .insertInto('actions')
    .values({
      committee_id: v.committeeId,
      conclusion_item_id: v.conclusionItemId,
      title: v.fields.title,
      description: v.fields.description ?? null,
      deadline: v.fields.deadline ?? null,
      assigned_on: v.assignedOn,
      on_hold: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeOwners(trx, id, v.fields);
  await audit(trx, { actor, action: 'create', entity: 'action', entityId: id, detail: { committeeId: v.committeeId, conclusionItemId: v.conclusionItemId, assignedOn: v.assignedOn, ...v.fields } });
  return id;
}

async function detail(db: Db, id: number, today: string): Promise<ActionDetail> {
  return getAction(db, id, today, await dueSoonDaysOf(db));
}

/** A standalone action (committeeId) or one from a directive (its committee is the conclusion's). */
export async function createAction(
  db: Db,
  input: ActionFields & OwnersInput & { committeeId?: number; conclusionItemId?: number },
  today: string,
  actor: string,
): Promise<ActionDetail> {
  const id = await db.transaction().execute(async (trx) => {
    if (input.conclusionItemId !== undefined) {
      const item = await itemOf(trx, input.conclusionItemId);
      return insertAction(trx, { committeeId: item.committee_id, conclusionItemId: item.id, fields: input, assignedOn: input.assignedOn ?? item.issued_on ?? today }, actor);
    }
    const committeeId = input.committeeId as number;
    const c = await trx.selectFrom('committees').select('id').where('id', '=', committeeId).executeTakeFirst();
    if (!c) throw notFound('committee', committeeId);
    return insertAction(trx, { committeeId, conclusionItemId: null, fields: input, assignedOn: input.assignedOn ?? today }, actor);
  });
  return detail(db, id, today);
}

export interface FromConclusionInput {
  conclusionId: number;
  deadline?: string | null;
  assignedOn?: string;
  items: Array<OwnersInput & { conclusionItemId: number; title?: string; deadline?: string | null }>;
}

/** "Turn every directive into actions": every item of the conclusion gets at least one action, in one transaction. */
export async function createActionsFromConclusion(db: Db, input: FromConclusionInput, today: string, actor: string): Promise<ActionsCreated> {
  const ids = await db.transaction().execute(async (trx) => {
    const conclusion = await trx.selectFrom('conclusions').select(['id', 'committee_id', 'issued_on']).where('id', '=', input.conclusionId).executeTakeFirst();
    if (!conclusion) throw notFound('conclusion', input.conclusionId);
    const items = await trx.selectFrom('conclusion_items').select(['id', 'text']).where('conclusion_id', '=', conclusion.id).orderBy('position').execute();
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const [index, given] of input.items.entries()) {
      if (!byId.has(given.conclusionItemId)) throw invalid(`items.${index}.conclusionItemId`, 'item_of_another_conclusion', `item ${given.conclusionItemId} is not a directive of conclusion ${conclusion.id}`);
    }
    const listed = new Set(input.items.map((i) => i.conclusionItemId));
    const missing = items.findIndex((i) => !listed.has(i.id));
    if (missing >= 0) throw invalid('items', 'item_without_action', `directive ${missing + 1} of conclusion ${conclusion.id} has no action`);
    const assignedOn = input.assignedOn ?? conclusion.issued_on ?? today;
    const created: number[] = [];
    for (const given of input.items) {
      const item = byId.get(given.conclusionItemId) as { id: number; text: string };
      const fields = { title: given.title ?? item.text.slice(0, 2000), deadline: given.deadline !== undefined ? given.deadline : input.deadline, owner: given.owner, coOwners: given.coOwners };
      created.push(await insertAction(trx, { committeeId: conclusion.committee_id, conclusionItemId: item.id, fields, assignedOn }, actor));
    }
    return created;
  });
  const dueSoonDays = await dueSoonDaysOf(db);
  const rows = await summaryQuery(db).where('actions.id', 'in', ids).orderBy('actions.id').execute();
  return { actions: rows.map((r) => toSummary(r, today, dueSoonDays)) };
}

export async function updateAction(db: Db, id: number, patch: Partial<ActionFields>, today: string, actor: string): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, id);
    checkDates(patch.assignedOn ?? row.assigned_on, patch.deadline !== undefined ? patch.deadline : row.deadline);
    if (patch.assignedOn && row.completed_on && row.completed_on < patch.assignedOn) throw invalid('assignedOn', 'completed_before_assigned', 'the completion is before the day the task was given');
    await trx
      .updateTable('actions')
      .set({ title: patch.title, description: patch.description, deadline: patch.deadline, assigned_on: patch.assignedOn, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    if (patch.owner) await writeOwners(trx, id, { owner: patch.owner, coOwners: patch.coOwners });
    else if (patch.coOwners) {
      const lead = await trx.selectFrom('action_owners').select(['person_id', 'unit_name']).where('action_id', '=', id).where('is_lead', '=', 1).executeTakeFirst();
      if (!lead) throw invalid('owner', 'required', 'co-owners need a lead owner');
      const owner: OwnerRef = lead.person_id !== null ? { personId: lead.person_id } : { unitName: lead.unit_name as string };
      await writeOwners(trx, id, { owner, coOwners: patch.coOwners });
    }
    await audit(trx, { actor, action: 'update', entity: 'action', entityId: id, detail: patch });
  });
  return detail(db, id, today);
}

function notAfterToday(day: string, today: string, path: string): void {
  if (day > today) throw invalid(path, 'date_in_future', `${day} is after today (${today})`);
}

export async function addProgress(db: Db, input: { actionId: number; reportedOn: string; text: string; attachmentId?: number | null }, today: string, actor: string): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, input.actionId);
    notAfterToday(input.reportedOn, today, 'reportedOn');
    if (input.reportedOn < row.assigned_on) throw invalid('reportedOn', 'before_assigned', 'a progress note before the task was given');
    await assertAttachment(trx, input.attachmentId, 'attachmentId');
    const { id } = await trx
      .insertInto('progress_updates')
      .values({ action_id: row.id, reported_on: input.reportedOn, text: input.text, attachment_id: input.attachmentId ?? null, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('actions').set({ updated_at: nowIso() }).where('id', '=', row.id).execute();
    await audit(trx, { actor, action: 'create', entity: 'progress_update', entityId: id, detail: input });
  });
  return detail(db, input.actionId, today);
}

export async function completeAction(
  db: Db,
  input: { id: number; completedOn: string; evidenceText?: string | null; evidenceAttachmentId?: number | null },
  today: string,
  actor: string,
): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, input.id);
    if (row.completed_on !== null) throw invalid('id', 'already_completed', `action ${row.id} was completed on ${row.completed_on}`);
    notAfterToday(input.completedOn, today, 'completedOn');
    if (input.completedOn < row.assigned_on) throw invalid('completedOn', 'completed_before_assigned', 'the completion is before the day the task was given');
    await assertAttachment(trx, input.evidenceAttachmentId, 'evidenceAttachmentId');
    await trx
      .updateTable('actions')
      .set({ completed_on: input.completedOn, evidence_text: input.evidenceText ?? null, evidence_attachment_id: input.evidenceAttachmentId ?? null, on_hold: 0, hold_reason: null, updated_at: nowIso() })
      .where('id', '=', row.id)
      .execute();
    await audit(trx, { actor, action: 'update', entity: 'action', entityId: row.id, detail: { complete: input } });
  });
  return detail(db, input.id, today);
}

export async function reopenAction(db: Db, id: number, reason: string, today: string, actor: string): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, id);
    if (row.completed_on === null) throw invalid('id', 'not_completed', `action ${id} is not completed`);
    await trx.updateTable('actions').set({ completed_on: null, evidence_text: null, evidence_attachment_id: null, updated_at: nowIso() }).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'update', entity: 'action', entityId: id, detail: { reopen: { reason, completedOn: row.completed_on, evidenceText: row.evidence_text, evidenceAttachmentId: row.evidence_attachment_id } } });
  });
  return detail(db, id, today);
}

export async function holdAction(db: Db, id: number, reason: string, today: string, actor: string): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, id);
    if (row.completed_on !== null) throw invalid('id', 'already_completed', `action ${id} is completed`);
    if (row.on_hold === 1) throw invalid('id', 'already_on_hold', `action ${id} is already on hold`);
    await trx.updateTable('actions').set({ on_hold: 1, hold_reason: reason, updated_at: nowIso() }).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'update', entity: 'action', entityId: id, detail: { hold: { reason, on: today } } });
  });
  return detail(db, id, today);
}

export async function resumeAction(db: Db, id: number, today: string, actor: string): Promise<ActionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, id);
    if (row.on_hold !== 1) throw invalid('id', 'not_on_hold', `action ${id} is not on hold`);
    await trx.updateTable('actions').set({ on_hold: 0, hold_reason: null, updated_at: nowIso() }).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'update', entity: 'action', entityId: id, detail: { resume: { reason: row.hold_reason, on: today } } });
  });
  return detail(db, id, today);
}

/** Refused with HAS_DEPENDENTS once progress is recorded; its owners go with it. */
export async function deleteAction(db: Db, id: number, actor: string): Promise<null> {
  await db.transaction().execute(async (trx) => {
    const row = await actionRow(trx, id);
    const n = await trx.selectFrom('progress_updates').select((s) => s.fn.countAll<number>().as('n')).where('action_id', '=', id).executeTakeFirstOrThrow();
    if (Number(n.n) > 0) throw new ArchiveError('HAS_DEPENDENTS', `action ${id} has ${n.n} progress note(s)`, { entity: 'action', id, dependents: { progress_updates: Number(n.n) } });
    await trx.deleteFrom('action_owners').where('action_id', '=', id).execute();
    await trx.deleteFrom('actions').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'action', entityId: id, detail: { title: row.title, committeeId: row.committee_id } });
  });
  return null;
}

