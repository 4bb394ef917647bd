import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { type Reader, editableMeeting, invalid, touchMeeting } from './meetings-store.js';
import { MEETING_MAX_GUESTS, type MeetingGuest } from './model/index.js';
import type { Database } from './schema/index.js';

// The guests invited to a meeting (not on the roster): name, position, organisation, in order.

export type { MeetingGuest };

export interface GuestFields {
  fullName: string;
  position?: string | null;
  organisation?: string | null;
}

/** The guests in order (meeting_guests_order). */
export async function listGuests(db: Reader, meetingId: number): Promise<MeetingGuest[]> {
  const rows = await db.selectFrom('meeting_guests').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    order: r.sort_order,
    fullName: r.full_name,
    position: r.position,
    organisation: r.organisation,
  }));
}

async function guestRow(trx: Reader, id: number) {
  const row = await trx.selectFrom('meeting_guests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('guest', id);
  return row;
}

export async function addGuest(db: Db, meetingId: number, fields: GuestFields, actor: string): Promise<MeetingGuest[]> {
  await db.transaction().execute(async (trx) => {
    await editableMeeting(trx, meetingId);
    const { n, last } = await trx
      .selectFrom('meeting_guests')
      .select((s) => [s.fn.countAll<number>().as('n'), s.fn.max('sort_order').as('last')])
      .where('meeting_id', '=', meetingId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MEETING_MAX_GUESTS) throw invalid('meetingId', 'too_many_guests', `a meeting has at most ${MEETING_MAX_GUESTS} guests`);
    const { id } = await trx
      .insertInto('meeting_guests')
      .values({
        meeting_id: meetingId,
        sort_order: Number(last ?? 0) + 1,
        full_name: fields.fullName,
        position: fields.position ?? null,
        organisation: fields.organisation ?? null,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchMeeting(trx, meetingId, nowIso());
    await audit(trx, { actor, action: 'create', entity: 'meeting_guest', entityId: id, detail: { meetingId, ...fields } });
  });
  return listGuests(db, meetingId);
}

export async function updateGuest(db: Db, id: number, patch: Partial<GuestFields>, actor: string): Promise<MeetingGuest[]> {
  const meetingId = await db.transaction().execute(async (trx) => {
    const row = await guestRow(trx, id);
    await editableMeeting(trx, row.meeting_id);
    await trx
      .updateTable('meeting_guests')
      .set({ full_name: patch.fullName, position: patch.position, organisation: patch.organisation })
      .where('id', '=', id)
      .execute();
    await touchMeeting(trx, row.meeting_id, nowIso());
    await audit(trx, { actor, action: 'update', entity: 'meeting_guest', entityId: id, detail: { meetingId: row.meeting_id, ...patch } });
    return row.meeting_id;
  });
  return listGuests(db, meetingId);
}

async function renumberGuests(trx: Transaction<Database>, meetingId: number): Promise<void> {
  const rows = await trx.selectFrom('meeting_guests').select('id').where('meeting_id', '=', meetingId).orderBy('sort_order').execute();
  await trx.updateTable('meeting_guests').set((eb) => ({ sort_order: eb.neg(eb.ref('sort_order')) })).where('meeting_id', '=', meetingId).execute();
  for (const [i, r] of rows.entries()) await trx.updateTable('meeting_guests').set({ sort_order: i + 1 }).where('id', '=', r.id).execute();
}

/** Removes a guest whose attendance is not recorded (HAS_DEPENDENTS otherwise); the others close up. */
export async function removeGuest(db: Db, id: number, actor: string): Promise<MeetingGuest[]> {
  const meetingId = await db.transaction().execute(async (trx) => {
    const row = await guestRow(trx, id);
    await editableMeeting(trx, row.meeting_id);
    const recorded = await trx.selectFrom('attendance').select('id').where('guest_id', '=', id).executeTakeFirst();
    if (recorded) {
      throw new ArchiveError('HAS_DEPENDENTS', `guest ${id} has an attendance record: clear it first`, {
        entity: 'meeting_guest',
        id,
        dependents: { attendance: 1 },
      });
    }
    await trx.deleteFrom('meeting_guests').where('id', '=', id).execute();
    await renumberGuests(trx, row.meeting_id);
    await touchMeeting(trx, row.meeting_id, nowIso());
    await audit(trx, { actor, action: 'delete', entity: 'meeting_guest', entityId: id, detail: row });
    return row.meeting_id;
  });
  return listGuests(db, meetingId);
}
