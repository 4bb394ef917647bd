import { attendanceSheet } from '../attendance.js';
import { getCommittee } from '../committees.js';
import type { Db } from '../connection.js';
import { ArchiveError, notFound } from '../errors.js';
import { type Reader, meetingRow } from '../meetings-store.js';
import { getMeeting } from '../meetings.js';
import { liveInvitation } from '../meetings-invitation.js';
import { type BodyOwner, readBody, readFields } from '../minutes-fields.js';
import {
  type InvitationDocumentData,
  MINUTES_FIELD_NAMES,
  MINUTES_SNAPSHOT_FORMAT,
  checkInvitationSnapshot,
  type MinutesDocumentData,
  type MinutesFields,
  type MinutesSnapshot,
  type RichTextDoc,
  checkMinutesSnapshot,
  meetingDay,
} from '../model/index.js';

// What the meeting documents are made from: the meeting (M1's queries), its attendance, and
// the minutes as the `minutes` table stores them (fields_json, body_json). Once finalized, a
// version of the minutes (the original or an amendment) with what it froze (0012).

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

/** The stored body, validated by the minutes' own reader: nothing written reads as empty, a damaged body is refused CORRUPT. */
export function readMinutesBody(json: string | null | undefined, owner: BodyOwner = {}): RichTextDoc {
  return readBody(json, owner);
}

/**
 * The invitation as printed. Issued (its number taken, 0016): exactly what was frozen then;
 * a damaged snapshot is refused (CORRUPT), never filled from today's tables. Not issued yet,
 * or issued before 0016: today's tables, dated the day it was issued, else `today`.
 */
export async function getInvitationDocument(db: Db, meetingId: number, today: string): Promise<InvitationDocumentData> {
  const { invitation_json: json } = await meetingRow(db, meetingId);
  if (json !== null) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = null;
    }
    const snapshot = checkInvitationSnapshot(parsed);
    if (!snapshot) throw new ArchiveError('CORRUPT', `the frozen invitation of meeting ${meetingId} is damaged`, { entity: 'meeting', id: meetingId });
    const { format: _format, ...data } = snapshot;
    return data;
  }
  const live = await liveInvitation(db, meetingId, today);
  return { ...live, issuedOn: live.invitation?.issuedOn ?? today };
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

/** What today's tables say: the committee's header, the meeting, the attendance of its day's roster. */
async function liveMinutesParts(db: Reader, meetingId: number): Promise<Pick<MinutesSnapshot, 'committee' | 'meeting' | 'attendance'>> {
  const meeting = await getMeeting(db, meetingId);
  const sheet = await attendanceSheet(db, meetingId);
  return {
    committee: await getCommittee(db as Db, meeting.committeeId, meetingDay(meeting.startsAt)),
    meeting,
    attendance: { rows: sheet.rows, summary: sheet.summary },
  };
}

/**
 * Everything the printed minutes show besides the body, from the same function the draft's
 * print uses: finalize and each amendment freeze it into their version (migration 0012).
 */
export async function minutesSnapshot(db: Reader, meetingId: number, fieldsJson: string): Promise<MinutesSnapshot> {
  return { format: MINUTES_SNAPSHOT_FORMAT, ...(await liveMinutesParts(db, meetingId)), fields: readMinutesFields(fieldsJson) };
}

function frozen(json: string, versionId: number): MinutesSnapshot {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const snapshot = checkMinutesSnapshot(parsed);
  // A signed text is never printed from guesses: a damaged snapshot is refused, not filled from today's tables.
  if (!snapshot) throw new ArchiveError('CORRUPT', `the frozen text of minutes version ${versionId} is damaged`, { entity: 'minutes_version', id: versionId });
  return snapshot;
}

/**
 * The minutes as printed. A draft (or nothing written yet): the meeting and its attendance as
 * they are now, marked DỰ THẢO. Finalized: the version asked for (default the latest) exactly
 * as frozen when it was made; versions from before migration 0012 froze nothing but their
 * text, and show the rest as it is now.
 */
export async function getMinutesDocument(db: Db, meetingId: number, version?: number): Promise<MinutesDocumentData> {
  const row = await db.selectFrom('minutes').select(['id', 'status', 'fields_json', 'body_json']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (row?.status !== 'finalized') {
    if (version !== undefined) throw notFound('minutes version', version);
    const live = await liveMinutesParts(db, meetingId);
    return {
      ...live,
      minutes: { status: row?.status ?? null, fields: readMinutesFields(row?.fields_json), body: readMinutesBody(row?.body_json, { meetingId }), version: null },
    };
  }
  let query = db
    .selectFrom('minutes_versions')
    .select(['id', 'version', 'kind', 'reason', 'made_on', 'actor', 'created_at', 'fields_json', 'body_json', 'document_json'])
    .where('minutes_id', '=', row.id);
  query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
  const v = await query.executeTakeFirst();
  if (!v && version !== undefined) throw notFound('minutes version', version);
  if (!v) {
    // Finalized before versions were kept (an archive older than 0008): the row's own text.
    const live = await liveMinutesParts(db, meetingId);
    return { ...live, minutes: { status: 'finalized', fields: readMinutesFields(row.fields_json), body: readMinutesBody(row.body_json, { meetingId }), version: null } };
  }
  const shown = { id: v.id, version: v.version, kind: v.kind, reason: v.reason, madeOn: v.made_on, actor: v.actor, createdAt: v.created_at };
  const body = readMinutesBody(v.body_json, { meetingId, version: v.version });
  if (v.document_json === null) {
    return { ...(await liveMinutesParts(db, meetingId)), minutes: { status: 'finalized', fields: readMinutesFields(v.fields_json), body, version: shown } };
  }
  const { committee, meeting, attendance, fields } = frozen(v.document_json, v.id);
  return { committee, meeting, attendance, minutes: { status: 'finalized', fields, body, version: shown } };
}
