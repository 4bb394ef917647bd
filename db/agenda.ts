import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { notFound } from './errors.js';
import { type Reader, editableMeeting, invalid, touchMeeting } from './meetings-store.js';
import { AGENDA_MAX_ITEMS, type AgendaItem } from './model/index.js';
import type { Database } from './schema/index.js';

// A meeting's agenda: ordered items (position 1, 2, 3 ... unique per meeting). Every change
// renumbers the whole agenda in its one transaction, with its audit entry.

export type { AgendaItem };

export interface AgendaFields {
  title: string;
  presenterPersonId?: number | null;
  presenterName?: string | null;
  plannedMinutes?: number | null;
  notes?: string | null;
}

/** The agenda in order (agenda_items_position). */
export async function listAgenda(db: Reader, meetingId: number): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('agenda_items as a')
    .leftJoin('people as p', 'p.id', 'a.presenter_person_id')
    .select([
      'a.id',
      'a.meeting_id',
      'a.position',
      'a.title',
      'a.presenter_person_id',
      'a.presenter_name',
      'p.full_name',
      'a.planned_minutes',
      'a.notes',
    ])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    order: r.position,
    title: r.title,
    presenterPersonId: r.presenter_person_id,
    presenterName: r.presenter_person_id === null ? r.presenter_name : r.full_name,
    plannedMinutes: r.planned_minutes,
    notes: r.notes,
  }));
}

async function itemRow(trx: Reader, id: number) {
  const row = await trx.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('agenda item', id);
  return row;
}

async function assertPerson(trx: Reader, personId: number | null | undefined): Promise<void> {
  if (personId == null) return;
  const p = await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
  if (!p) throw notFound('person', personId);
}

/** Gives the items `ids` the positions 1..n in that order (in two steps: positions are unique). */
async function renumber(trx: Transaction<Database>, meetingId: number, ids: number[]): Promise<void> {
  await trx.updateTable('agenda_items').set((eb) => ({ position: eb.neg(eb.ref('position')) })).where('meeting_id', '=', meetingId).execute();
  for (const [i, id] of ids.entries()) await trx.updateTable('agenda_items').set({ position: i + 1 }).where('id', '=', id).execute();
}

async function orderedIds(trx: Reader, meetingId: number): Promise<number[]> {
  const rows = await trx.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).orderBy('position').execute();
  return rows.map((r) => r.id);
}

/** Presenter columns: a person or a free name, never both. */
function presenterColumns(f: Partial<AgendaFields>) {
  if (f.presenterPersonId != null) return { presenter_person_id: f.presenterPersonId, presenter_name: null };
  if (f.presenterName != null) return { presenter_person_id: null, presenter_name: f.presenterName };
  if (f.presenterPersonId === null || f.presenterName === null) return { presenter_person_id: null, presenter_name: null };
  return {};
}

/** Adds an item at `order` (default: last), one transaction with its audit entry; answers with the agenda. */
export async function addAgendaItem(db: Db, meetingId: number, fields: AgendaFields & { order?: number }, actor: string): Promise<AgendaItem[]> {
  await db.transaction().execute(async (trx) => {
    await editableMeeting(trx, meetingId);
    await assertPerson(trx, fields.presenterPersonId);
    const ids = await orderedIds(trx, meetingId);
    if (ids.length >= AGENDA_MAX_ITEMS) throw invalid('meetingId', 'agenda_full', `an agenda holds at most ${AGENDA_MAX_ITEMS} items`);
    const { id } = await trx
      .insertInto('agenda_items')
      .values({
        meeting_id: meetingId,
        position: ids.length + 1,
        title: fields.title,
        ...presenterColumns(fields),
        planned_minutes: fields.plannedMinutes ?? null,
        notes: fields.notes ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const at = Math.min(Math.max(fields.order ?? ids.length + 1, 1), ids.length + 1);
    if (at !== ids.length + 1) await renumber(trx, meetingId, [...ids.slice(0, at - 1), id, ...ids.slice(at - 1)]);
    await touchMeeting(trx, meetingId, nowIso());
    await audit(trx, { actor, action: 'create', entity: 'agenda_item', entityId: id, detail: { meetingId, ...fields, order: at } });
  });
  return listAgenda(db, meetingId);
}

export async function updateAgendaItem(db: Db, id: number, patch: Partial<AgendaFields>, actor: string): Promise<AgendaItem[]> {
  const meetingId = await db.transaction().execute(async (trx) => {
    const row = await itemRow(trx, id);
    await editableMeeting(trx, row.meeting_id);
    await assertPerson(trx, patch.presenterPersonId);
    await trx
      .updateTable('agenda_items')
      .set({ title: patch.title, ...presenterColumns(patch), planned_minutes: patch.plannedMinutes, notes: patch.notes })
      .where('id', '=', id)
      .execute();
    await touchMeeting(trx, row.meeting_id, nowIso());
    await audit(trx, { actor, action: 'update', entity: 'agenda_item', entityId: id, detail: { meetingId: row.meeting_id, ...patch } });
    return row.meeting_id;
  });
  return listAgenda(db, meetingId);
}

/** The issue message when an agenda item still has files linked (path `id`): unlink them first. */
export const AGENDA_ITEM_HAS_FILES = 'agenda_item_has_files';

/** Removes an item (refused while files are linked to it); the others close up; one transaction. */
export async function removeAgendaItem(db: Db, id: number, actor: string): Promise<AgendaItem[]> {
  const meetingId = await db.transaction().execute(async (trx) => {
    const row = await itemRow(trx, id);
    await editableMeeting(trx, row.meeting_id);
    // Its files hold it (agenda_item_attachments is RESTRICT): refused in words, not with SQLite's text.
    const files = await trx.selectFrom('agenda_item_attachments').select((s) => s.fn.countAll<number>().as('n')).where('agenda_item_id', '=', id).executeTakeFirstOrThrow();
    if (Number(files.n) > 0) throw invalid('id', AGENDA_ITEM_HAS_FILES, `agenda item ${id} has ${files.n} attached file(s): unlink them first`);
    await trx.deleteFrom('agenda_items').where('id', '=', id).execute();
    await renumber(trx, row.meeting_id, await orderedIds(trx, row.meeting_id));
    await touchMeeting(trx, row.meeting_id, nowIso());
    await audit(trx, { actor, action: 'delete', entity: 'agenda_item', entityId: id, detail: row });
    return row.meeting_id;
  });
  return listAgenda(db, meetingId);
}

/** Moves one item to `order` (1-based, clamped to the agenda); the others shift; one transaction. */
export async function moveAgendaItem(db: Db, id: number, order: number, actor: string): Promise<AgendaItem[]> {
  const meetingId = await db.transaction().execute(async (trx) => {
    const row = await itemRow(trx, id);
    await editableMeeting(trx, row.meeting_id);
    const rest = (await orderedIds(trx, row.meeting_id)).filter((i) => i !== id);
    const at = Math.min(Math.max(order, 1), rest.length + 1);
    await renumber(trx, row.meeting_id, [...rest.slice(0, at - 1), id, ...rest.slice(at - 1)]);
    await touchMeeting(trx, row.meeting_id, nowIso());
    await audit(trx, { actor, action: 'update', entity: 'agenda_item', entityId: id, detail: { meetingId: row.meeting_id, order: { from: row.position, to: at } } });
    return row.meeting_id;
  });
  return listAgenda(db, meetingId);
}
