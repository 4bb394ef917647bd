import { listAgenda } from './agenda.js';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import { getCommittee } from './committees.js';
import type { Db } from './connection.js';
import { takeDocumentNumber, useReservedNumber } from './document-numbers.js';
import { getInvitation, getMeeting, getMeetingDetail } from './meetings.js';
import { listGuests } from './meetings-guests.js';
import { type Reader, editableMeeting, invalid, meetingRow } from './meetings-store.js';
import {
  INVITATION_LEAD_DAYS_MAX,
  INVITATION_SNAPSHOT_FORMAT,
  type InvitationDocumentData,
  type InvitationSnapshot,
  type InviteeList,
  type MeetingDetail,
  isCalendarDate,
  meetingDay,
} from './model/index.js';
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
 * What the invitation prints, from today's tables: the committee's header as of `asOf`, the
 * meeting, its agenda, who is invited (the roster of the meeting day, then the guests) and
 * its number once issued. The draft's print uses it; issuing freezes it (invitationSnapshot).
 */
export async function liveInvitation(db: Reader, meetingId: number, asOf: string): Promise<Omit<InvitationDocumentData, 'issuedOn'>> {
  const meeting = await getMeeting(db, meetingId);
  return {
    committee: await getCommittee(db as Db, meeting.committeeId, asOf),
    meeting,
    agenda: await listAgenda(db, meetingId),
    invitees: (await listInvitees(db, meetingId)).invitees,
    invitation: await getInvitation(db, meetingId),
  };
}

/** The issued invitation as it prints, frozen into meetings.invitation_json (0016) when its number is issued. */
export async function invitationSnapshot(db: Reader, meetingId: number): Promise<InvitationSnapshot> {
  const invitation = await getInvitation(db, meetingId);
  if (invitation === null) throw invalid('meetingId', 'not_invited', `meeting ${meetingId} has no invitation yet`);
  const live = await liveInvitation(db, meetingId, invitation.issuedOn);
  return { format: INVITATION_SNAPSHOT_FORMAT, ...live, invitation, issuedOn: invitation.issuedOn };
}

/** The day `days` before an ISO date. */
function daysBefore(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/**
 * The committee's first known day: its first decision or first membership. Its record's
 * created_at is not used: a clerk may enter a committee years after it was formed.
 */
export async function committeeFirstDay(db: Reader, committeeId: number): Promise<string | null> {
  const decision = await db.selectFrom('decisions').select('signed_on').where('committee_id', '=', committeeId).orderBy('signed_on').limit(1).executeTakeFirst();
  const member = await db.selectFrom('memberships').select('from_date').where('committee_id', '=', committeeId).orderBy('from_date').limit(1).executeTakeFirst();
  const days = [decision?.signed_on, member?.from_date].filter((d): d is string => d !== undefined);
  return days.length === 0 ? null : days.sort()[0]!;
}

/**
 * The day an invitation is dated when the clerk names none: the archive's today, or for a
 * meeting already past (one recorded afterwards) its own day, the latest an invitation can bear.
 */
export function defaultInvitationDay(startsAt: string, today: string | undefined): string {
  const day = meetingDay(startsAt);
  if (today === undefined) return day;
  return today < day ? today : day;
}

/**
 * The invitation's date as the clerk chose it (isCalendarDate checked at the boundary): on or
 * before the meeting's day ('after_meeting'), at most INVITATION_LEAD_DAYS_MAX before it
 * ('too_early'), never before the committee's first known day ('before_committee').
 */
async function checkInvitationDate(db: Reader, row: { committee_id: number; starts_at: string }, issuedOn: string): Promise<void> {
  if (!isCalendarDate(issuedOn)) throw invalid('issuedOn', 'not_a_date', `${issuedOn} is not a date`);
  const day = meetingDay(row.starts_at);
  if (issuedOn > day) throw invalid('issuedOn', 'after_meeting', `an invitation dated ${issuedOn} comes after its meeting (${day})`);
  if (issuedOn < daysBefore(day, INVITATION_LEAD_DAYS_MAX)) {
    throw invalid('issuedOn', 'too_early', `an invitation dated ${issuedOn} is more than ${INVITATION_LEAD_DAYS_MAX} days before its meeting (${day})`);
  }
  const first = await committeeFirstDay(db, row.committee_id);
  if (first !== null && issuedOn < first) throw invalid('issuedOn', 'before_committee', `the committee's first decision or member dates from ${first}, after ${issuedOn}`);
}

/**
 * Numbers and dates the invitation in one transaction: the next GM number of the committee's
 * series (or `documentNumberId`, a number reserved before), dated `issuedOn` (the clerk's choice,
 * default the archive's today; checked by checkInvitationDate). A draft meeting becomes invited.
 * An invitation is issued once (VALIDATION on meetingId: already_invited).
 */
export async function issueInvitation(
  db: Db,
  input: { meetingId: number; issuedOn?: string | undefined; documentNumberId?: number | undefined },
  actor: string,
  today?: string,
): Promise<MeetingDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await editableMeeting(trx, input.meetingId);
    if (row.invitation_number_id !== null) {
      throw invalid('meetingId', 'already_invited', `meeting ${input.meetingId} has its invitation already`);
    }
    const issuedOn = input.issuedOn ?? defaultInvitationDay(row.starts_at, today);
    await checkInvitationDate(trx, row, issuedOn);
    const series = { committeeId: row.committee_id, type: 'GM' as const, issuedOn, today };
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
      .set({ invitation_number_id: numberId, invited_on: issuedOn, status, updated_at: nowIso() })
      .where('id', '=', input.meetingId)
      .execute();
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'meeting',
      entityId: input.meetingId,
      detail: { invitation: { documentNumberId: numberId, issuedOn }, status: { from: row.status, to: status } },
    });
    // What it prints is frozen with its number: a later rename, agenda or roster change does not reach it.
    const snapshot = await invitationSnapshot(trx, input.meetingId);
    await trx.updateTable('meetings').set({ invitation_json: JSON.stringify(snapshot) }).where('id', '=', input.meetingId).execute();
  });
  return getMeetingDetail(db, input.meetingId);
}
