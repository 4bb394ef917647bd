import { listAgenda } from '../agenda.js';
import { attendanceSheet } from '../attendance.js';
import { getCommittee } from '../committees.js';
import type { Db } from '../connection.js';
import { getInvitation, getMeeting } from '../meetings.js';
import { listInvitees } from '../meetings-invitation.js';
import { readBody, readFields } from '../minutes-fields.js';
import { type InvitationDocumentData, MINUTES_FIELD_NAMES, type MinutesDocumentData, type MinutesFields, type RichTextDoc, meetingDay } from '../model/index.js';

// What the meeting documents are made from: the meeting (M1's queries), its attendance, and
// the minutes as the `minutes` table stores them (fields_json, body_json; once finalized,
// the latest version: the original or the last amendment).

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const NONE: MinutesFields = { openedAt: null, closedAt: null, place: null, attendees: null, chair: null, secretary: null };

/**
 * The stored fields (the minutes' own reader, db/minutes-fields.ts); a field never written, blank,
 * or a time the documents cannot read is null, so the meeting's value is printed.
 */
export function readMinutesFields(json: string | null | undefined): MinutesFields {
  const fields = readFields(json ?? '{}', NONE);
  for (const n of MINUTES_FIELD_NAMES) if (fields[n] !== null && fields[n].trim() === '') fields[n] = null;
  for (const n of ['openedAt', 'closedAt'] as const) if (fields[n] !== null && !LOCAL_DATE_TIME.test(fields[n])) fields[n] = null;
  return fields;
}

/** The stored body, validated by the minutes' own reader: anything but a valid document reads as empty. */
export function readMinutesBody(json: string | null | undefined): RichTextDoc {
  return readBody(json ?? '');
}

/** The invitation: the meeting, its agenda, who is invited, its number; dated the day it was issued, else `today`. */
export async function getInvitationDocument(db: Db, meetingId: number, today: string): Promise<InvitationDocumentData> {
  const meeting = await getMeeting(db, meetingId);
  const invitation = await getInvitation(db, meetingId);
  return {
    committee: await getCommittee(db, meeting.committeeId, today),
    meeting,
    agenda: await listAgenda(db, meetingId),
    invitees: (await listInvitees(db, meetingId)).invitees,
    invitation,
    issuedOn: invitation?.issuedOn ?? today,
  };
}

/** The minutes' text as stored: the draft, or once finalized the latest version. */
export async function storedMinutes(db: Db, meetingId: number) {
  const row = await db.selectFrom('minutes').select(['id', 'status', 'fields_json', 'body_json']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) return null;
  if (row.status === 'finalized') {
    const version = await db
      .selectFrom('minutes_versions')
      .select(['fields_json', 'body_json'])
      .where('minutes_id', '=', row.id)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (version) return { status: row.status, ...version };
  }
  return row;
}

/** The minutes: the meeting, the attendance of its day's roster, the minutes' fields and body. */
export async function getMinutesDocument(db: Db, meetingId: number): Promise<MinutesDocumentData> {
  const meeting = await getMeeting(db, meetingId);
  const sheet = await attendanceSheet(db, meetingId);
  const stored = await storedMinutes(db, meetingId);
  return {
    committee: await getCommittee(db, meeting.committeeId, meetingDay(meeting.startsAt)),
    meeting,
    attendance: { rows: sheet.rows, summary: sheet.summary },
    minutes: {
      status: stored?.status ?? null,
      fields: readMinutesFields(stored?.fields_json),
      body: readMinutesBody(stored?.body_json),
    },
  };
}
