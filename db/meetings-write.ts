import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { getMeetingDetail } from './meetings.js';
import { type Reader, editableMeeting, invalid, meetingRow } from './meetings-store.js';
import { cancelNumberIn } from './document-numbers.js';
import type { Database } from './schema/index.js';
import { MEETING_STATUS_REFUSED, MINUTES_NOT_FINALIZED, type MeetingDetail, type MeetingKind, type MeetingStatus, canMoveMeeting, meetingDay } from './model/index.js';

/** The issue when a meeting would move before the date of its issued invitation (path `startsAt`). */
export const MEETING_BEFORE_INVITATION = 'before_invitation';

// Writing meetings: create (a draft), update, move along MEETING_TRANSITIONS, delete a bare
// draft. Each is one transaction with its audit entry.

export interface MeetingInput {
  committeeId: number;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  chairPersonId?: number | null;
  secretaryPersonId?: number | null;
  notes?: string | null;
}

export type MeetingPatch = Partial<Omit<MeetingInput, 'committeeId'>>;

async function assertPeople(db: Reader, ...ids: Array<number | null | undefined>): Promise<void> {
  for (const id of ids) {
    if (id == null) continue;
    if (!(await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('person', id);
  }
}

function columns(input: MeetingPatch) {
  return {
    kind: input.kind,
    title: input.title,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    place: input.place,
    chair_person_id: input.chairPersonId,
    secretary_person_id: input.secretaryPersonId,
    notes: input.notes,
  };
}

export async function createMeeting(db: Db, input: MeetingInput, actor: string): Promise<MeetingDetail> {
  const id = await db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst())) {
      throw notFound('committee', input.committeeId);
    }
    await assertPeople(trx, input.chairPersonId, input.secretaryPersonId);
    const at = nowIso();
    const { id } = await trx
      .insertInto('meetings')
      .values({
        ...columns(input),
        committee_id: input.committeeId,
        kind: input.kind,
        title: input.title,
        starts_at: input.startsAt,
        status: 'draft',
        cancel_reason: null,
        invitation_number_id: null,
        invited_on: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { actor, action: 'create', entity: 'meeting', entityId: id, detail: input });
    return id;
  });
  return getMeetingDetail(db, id);
}

export async function updateMeeting(db: Db, id: number, patch: MeetingPatch, actor: string): Promise<MeetingDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await editableMeeting(trx, id);
    await assertPeople(trx, patch.chairPersonId, patch.secretaryPersonId);
    const startsAt = patch.startsAt ?? row.starts_at;
    const endsAt = patch.endsAt === undefined ? row.ends_at : patch.endsAt;
    if (endsAt !== null && endsAt < startsAt) throw invalid('endsAt', 'ends_before_start', `the meeting would end (${endsAt}) before it starts (${startsAt})`);
    // invitations.issue's rule, kept after issuing: the invitation is not dated after the meeting day.
    if (row.invited_on !== null && meetingDay(startsAt) < row.invited_on) {
      throw invalid('startsAt', MEETING_BEFORE_INVITATION, `the meeting (${meetingDay(startsAt)}) would come before its invitation, dated ${row.invited_on}`);
    }
    await trx.updateTable('meetings').set({ ...columns(patch), updated_at: nowIso() }).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'update', entity: 'meeting', entityId: id, detail: patch });
  });
  return getMeetingDetail(db, id);
}

/**
 * Moves the meeting along MEETING_TRANSITIONS inside the caller's transaction, audited
 * (VALIDATION on `status` otherwise): what finalizing the minutes calls to mark the meeting
 * minutes_finalized in its own transaction. Cancelling needs a reason; the invitation's
 * number, if issued, stays taken and is marked cancelled.
 */
export async function moveMeetingIn(trx: Transaction<Database>, id: number, status: MeetingStatus, reason: string | null, actor: string): Promise<void> {
  const row = await meetingRow(trx, id);
  if (!canMoveMeeting(row.status, status)) {
    throw invalid('status', MEETING_STATUS_REFUSED, `a meeting cannot go from ${row.status} to ${status}`);
  }
  if (status === 'cancelled' && !reason) throw invalid('reason', 'required', 'cancelling a meeting needs a reason');
  await trx
    .updateTable('meetings')
    .set({ status, cancel_reason: status === 'cancelled' ? reason : null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  if (status === 'cancelled' && row.invitation_number_id !== null) {
    await cancelNumberIn(trx, row.invitation_number_id, `Hủy cuộc họp: ${reason}`, actor);
  }
  await audit(trx, { actor, action: 'update', entity: 'meeting', entityId: id, detail: { status: { from: row.status, to: status }, reason } });
}

export async function setMeetingStatus(db: Db, id: number, status: MeetingStatus, reason: string | null, actor: string): Promise<MeetingDetail> {
  // "Minutes finalized" follows the minutes: finalizing them moves the meeting (finishMeetingIn).
  if (status === 'minutes_finalized') throw invalid('status', MINUTES_NOT_FINALIZED, 'a meeting reaches minutes_finalized by finalizing its minutes');
  await db.transaction().execute((trx) => moveMeetingIn(trx, id, status, reason, actor));
  return getMeetingDetail(db, id);
}

/**
 * Finalizing the minutes, in its transaction: the meeting goes to minutes_finalized, through
 * "held" when the clerk never marked it so (minutes are only written of a meeting that met).
 * A cancelled meeting has no minutes to finalize: refused.
 */
export async function finishMeetingIn(trx: Transaction<Database>, id: number, actor: string): Promise<void> {
  const { status } = await meetingRow(trx, id);
  if (status === 'draft' || status === 'invited') await moveMeetingIn(trx, id, 'held', null, actor);
  await moveMeetingIn(trx, id, 'minutes_finalized', null, actor);
}

/** The records that keep a meeting from being deleted, with their counts. */
async function dependents(db: Reader, id: number): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of ['agenda_items', 'meeting_guests', 'attendance', 'minutes', 'conclusions'] as const) {
    const { n } = await db
      .selectFrom(table)
      .select((s) => s.fn.countAll<number>().as('n'))
      .where('meeting_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) found[table] = Number(n);
  }
  return found;
}

/** Deletes a draft meeting that nothing refers to and that has no invitation; refused otherwise. Audited. */
export async function deleteMeeting(db: Db, id: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await meetingRow(trx, id);
    if (row.status !== 'draft') throw invalid('status', 'not_a_draft', `meeting ${id} is ${row.status}: only a draft can be deleted`);
    const found = await dependents(trx, id);
    if (row.invitation_number_id !== null) found.invitation = 1;
    if (Object.keys(found).length > 0) {
      throw new ArchiveError('HAS_DEPENDENTS', `meeting ${id} cannot be deleted while other records refer to it`, { entity: 'meeting', id, dependents: found });
    }
    await trx.deleteFrom('meetings').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'meeting', entityId: id, detail: row });
  });
}
