import type { Transaction, Updateable } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import { type ConclusionRow, conclusionRow, getConclusion } from './conclusions.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { type Reader, invalid } from './meetings-store.js';
import type { ConclusionDetail, SigningForm } from './model/index.js';
import type { ConclusionsTable, Database } from './schema/index.js';

// Conclusion notices, written: a draft is made (from a meeting or standalone) and edited
// while a draft; issuing and cancelling are in conclusions-issue.ts. Each write is one
// transaction with its audit entry.

export interface ConclusionItemInput {
  /** An existing directive of this notice, kept (the actions made from it stay with it). */
  id?: number;
  text: string;
  subPoints: string[];
}

export interface ConclusionSignerInput {
  personId: number | null;
  form: SigningForm;
  title: string | null;
}

export interface ConclusionFields {
  title: string;
  datedOn: string;
  signer: ConclusionSignerInput;
  recipients: string[];
  preamble: string | null;
  items: ConclusionItemInput[];
}

export interface ConclusionCreate extends ConclusionFields {
  committeeId: number;
  meetingId: number | null;
}

/** The issue message when a notice that is no longer a draft would change. */
export const NOT_DRAFT = 'not_draft';

/** Refused unless the person is on the committee's roster on `day` (from inclusive, to exclusive). */
export async function checkSignerOnRoster(db: Reader, committeeId: number, personId: number | null, day: string): Promise<void> {
  if (personId === null) return;
  const member = await db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('committee_id', '=', committeeId)
    .where('from_date', '<=', day)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', day)]))
    .executeTakeFirst();
  if (!member) {
    throw invalid('signer.personId', 'signer_not_on_roster', `person ${personId} is not on the roster of committee ${committeeId} on ${day}`);
  }
}

/** The notice, which must still be a draft. */
export async function draftConclusion(db: Reader, id: number): Promise<ConclusionRow> {
  const row = await conclusionRow(db, id);
  if (row.status !== 'draft') throw invalid('status', NOT_DRAFT, `conclusion ${id} is ${row.status} and can no longer change`);
  return row;
}

/**
 * Writes the directives as given, in order: an item with an id keeps its row (it must be
 * one of this notice's), the others are new; the notice's items not given are removed,
 * refused (HAS_DEPENDENTS) while actions come from them.
 */
async function writeItems(trx: Transaction<Database>, conclusionId: number, items: ConclusionItemInput[]): Promise<void> {
  const existing = await trx.selectFrom('conclusion_items').select('id').where('conclusion_id', '=', conclusionId).execute();
  const mine = new Set(existing.map((r) => r.id));
  const kept = new Set<number>();
  for (const [i, item] of items.entries()) {
    if (item.id === undefined) continue;
    if (!mine.has(item.id) || kept.has(item.id)) throw invalid(`items.${i}.id`, 'other_item', `item ${item.id} is not a directive of conclusion ${conclusionId}`);
    kept.add(item.id);
  }
  const removed = [...mine].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    const used = await trx.selectFrom('actions').select(['id', 'conclusion_item_id']).where('conclusion_item_id', 'in', removed).executeTakeFirst();
    if (used) {
      throw new ArchiveError('HAS_DEPENDENTS', `directive ${used.conclusion_item_id} cannot be removed: actions come from it (action ${used.id})`, {
        entity: 'conclusion_item',
        id: used.conclusion_item_id,
        dependents: { 'actions.conclusion_item_id': 1 },
      });
    }
    await trx.deleteFrom('conclusion_items').where('id', 'in', removed).execute();
  }
  // Positions move out of the way first: (conclusion_id, position) is unique.
  await trx.updateTable('conclusion_items').set((eb) => ({ position: eb.neg(eb.ref('position')) })).where('conclusion_id', '=', conclusionId).execute();
  for (const [i, item] of items.entries()) {
    const values = { position: i + 1, text: item.text, sub_points_json: JSON.stringify(item.subPoints) };
    if (item.id !== undefined) await trx.updateTable('conclusion_items').set(values).where('id', '=', item.id).execute();
    else await trx.insertInto('conclusion_items').values({ conclusion_id: conclusionId, ...values }).execute();
  }
}

/** A new draft notice of the committee, from one of its meetings or standalone. */
export async function createConclusion(db: Db, input: ConclusionCreate, actor: string): Promise<ConclusionDetail> {
  const id = await db.transaction().execute(async (trx) => {
    const committee = await trx.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
    if (!committee) throw notFound('committee', input.committeeId);
    if (input.meetingId !== null) {
      const meeting = await trx.selectFrom('meetings').select('committee_id').where('id', '=', input.meetingId).executeTakeFirst();
      if (!meeting) throw notFound('meeting', input.meetingId);
      if (meeting.committee_id !== input.committeeId) {
        throw invalid('meetingId', 'other_committee', `meeting ${input.meetingId} belongs to another committee`);
      }
    }
    await checkSignerOnRoster(trx, input.committeeId, input.signer.personId, input.datedOn);
    const at = nowIso();
    const { id } = await trx
      .insertInto('conclusions')
      .values({
        committee_id: input.committeeId,
        meeting_id: input.meetingId,
        issued_on: input.datedOn,
        title: input.title,
        signer_person_id: input.signer.personId,
        signing_form: input.signer.form,
        signer_title: input.signer.title,
        preamble: input.preamble,
        recipients_json: JSON.stringify(input.recipients),
        status: 'draft',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeItems(trx, id, input.items);
    await audit(trx, {
      actor,
      action: 'create',
      entity: 'conclusion',
      entityId: id,
      detail: { committeeId: input.committeeId, meetingId: input.meetingId, title: input.title, datedOn: input.datedOn, items: input.items.length },
    });
    return id;
  });
  return getConclusion(db, id);
}

/** Changes a draft; items given replace the list (see writeItems). */
export async function updateConclusion(db: Db, id: number, patch: Partial<ConclusionFields>, actor: string): Promise<ConclusionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await draftConclusion(trx, id);
    const datedOn = patch.datedOn ?? row.issued_on;
    const signerId = patch.signer ? patch.signer.personId : row.signer_person_id;
    if (patch.signer !== undefined || patch.datedOn !== undefined) await checkSignerOnRoster(trx, row.committee_id, signerId, datedOn);
    const set: Updateable<ConclusionsTable> = {};
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.datedOn !== undefined) set.issued_on = patch.datedOn;
    if (patch.preamble !== undefined) set.preamble = patch.preamble;
    if (patch.recipients !== undefined) set.recipients_json = JSON.stringify(patch.recipients);
    if (patch.signer !== undefined) {
      set.signer_person_id = patch.signer.personId;
      set.signing_form = patch.signer.form;
      set.signer_title = patch.signer.title;
    }
    await trx
      .updateTable('conclusions')
      .set({ ...set, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    if (patch.items !== undefined) await writeItems(trx, id, patch.items);
    const { items, ...fields } = patch;
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'conclusion',
      entityId: id,
      detail: { ...fields, ...(items ? { items: items.length } : {}) },
    });
  });
  return getConclusion(db, id);
}

/** Removes a draft and its directives; an issued notice is cancelled instead (VALIDATION not_draft). */
export async function deleteConclusion(db: Db, id: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await draftConclusion(trx, id);
    await writeItems(trx, id, []);
    await trx.deleteFrom('conclusions').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'conclusion', entityId: id, detail: { committeeId: row.committee_id, title: row.title } });
  });
}
