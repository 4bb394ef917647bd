import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { takeDocumentNumber, useReservedNumber } from './document-numbers.js';
import { getMeetingDetail } from './meetings.js';
import { listGuests } from './meetings-guests.js';
import { type Reader, editableMeeting, invalid, meetingRow } from './meetings-store.js';
import { type InviteeList, type MeetingDetail, meetingDay } from './model/index.js';
import { rosterMembers } from './roster.js';

// The invitation (giấy mời): who it goes to (the roster of the meeting day, then the guests),
// and its number from the committee's GM series with its date.

export async function listInvitees(db: Reader, meetingId: number): Promise<InviteeList> {
  const meeting = await meetingRow(db, meetingId);
  const asOf = meetingDay(meeting.starts_at);
  const { members, truncated } = await rosterMembers(db as Db, meeting.committee_id, asOf);
  const seen = new Set<number>();
  const invitees: InviteeList['invitees'] = [];
  for (const m of members) {
    if (seen.has(m.personId)) continue;
    seen.add(m.personId);
    invitees.push({
      kind: 'member',
      personId: m.personId,
      membershipId: m.membershipId,
      fullName: m.fullName,
      position: m.position,
      organisation: m.organisation,
      roleName: m.roleName,
    });
  }
  for (const g of await listGuests(db, meetingId)) {
    invitees.push({ kind: 'guest', guestId: g.id, fullName: g.fullName, position: g.position, organisation: g.organisation });
  }
  return { meetingId, asOf, invitees, truncated };
}

/**
 * Numbers and dates the invitation in one transaction: the next GM number of the committee's
 * series (or `documentNumberId`, a number reserved before). A draft meeting becomes invited.
 * An invitation is issued once (VALIDATION on meetingId: already_invited).
 */
export async function issueInvitation(
  db: Db,
  input: { meetingId: number; issuedOn: string; documentNumberId?: number },
  actor: string,
): Promise<MeetingDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await editableMeeting(trx, input.meetingId);
    if (row.invitation_number_id !== null) {
      throw invalid('meetingId', 'already_invited', `meeting ${input.meetingId} has its invitation already`);
    }
    const series = { committeeId: row.committee_id, type: 'GM' as const, issuedOn: input.issuedOn };
    let numberId: number;
    if (input.documentNumberId !== undefined) {
      await useReservedNumber(trx, input.documentNumberId, series, actor);
      numberId = input.documentNumberId;
    } else {
      numberId = await takeDocumentNumber(trx, { ...series, note: null }, actor);
    }
    const status = row.status === 'draft' ? 'invited' : row.status;
    await trx
      .updateTable('meetings')
      .set({ invitation_number_id: numberId, invited_on: input.issuedOn, status, updated_at: nowIso() })
      .where('id', '=', input.meetingId)
      .execute();
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'meeting',
      entityId: input.meetingId,
      detail: { invitation: { documentNumberId: numberId, issuedOn: input.issuedOn }, status: { from: row.status, to: status } },
    });
  });
  return getMeetingDetail(db, input.meetingId);
}
