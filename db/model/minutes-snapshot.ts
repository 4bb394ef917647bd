// What a version of the minutes froze when it was made (migration 0012): everything the
// printed minutes show besides the body. A signed document never changes after signing, so
// print and Word render this, never today's tables. Read back through checkMinutesSnapshot:
// a stored snapshot of the wrong shape is refused, never half-printed. Pure.
import type { Committee } from './entities.js';
import { ATTENDANCE_STATUSES, type AttendanceRow, type AttendanceSummary, MEETING_KINDS, MEETING_STATUSES, type Meeting } from './meetings.js';
import { MINUTES_FIELD_NAMES, type MinutesFields } from './minutes.js';
import { COMMITTEE_LEVELS, DOCUMENT_FORMATS } from './values.js';

export const MINUTES_SNAPSHOT_FORMAT = 1;

export interface MinutesSnapshot {
  format: typeof MINUTES_SNAPSHOT_FORMAT;
  committee: Committee;
  meeting: Meeting;
  attendance: { rows: AttendanceRow[]; summary: AttendanceSummary };
  fields: MinutesFields;
}

export type Rule = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | { values: readonly string[]; nullable?: boolean };
export type Shape<T> = { [K in keyof T]-?: Rule };

export const COMMITTEE: Shape<Committee> = {
  id: 'number', name: 'string', shortName: 'string?', level: { values: COMMITTEE_LEVELS }, parentBody: 'string?',
  parentCommitteeId: 'number?', placeName: 'string?', documentFormat: { values: DOCUMENT_FORMATS }, conclusionSymbol: 'string?',
  issuingBody: 'string?', symbol: 'string?', timeZone: 'string?', memberCount: 'number', createdAt: 'string', updatedAt: 'string',
};
export const MEETING: Shape<Meeting> = {
  id: 'number', committeeId: 'number', committeeName: 'string', kind: { values: MEETING_KINDS }, title: 'string', startsAt: 'string',
  endsAt: 'string?', place: 'string?', chairPersonId: 'number?', chairName: 'string?', chairPosition: 'string?',
  secretaryPersonId: 'number?', secretaryName: 'string?', secretaryPosition: 'string?', status: { values: MEETING_STATUSES },
  cancelReason: 'string?', notes: 'string?', createdAt: 'string', updatedAt: 'string',
};
const ROW: Shape<AttendanceRow> = {
  kind: { values: ['member', 'guest'] }, personId: 'number?', guestId: 'number?', fullName: 'string', position: 'string?',
  organisation: 'string?', roleName: 'string?', status: { values: ATTENDANCE_STATUSES, nullable: true }, reason: 'string?',
  representativeName: 'string?', representativePosition: 'string?',
};
const SUMMARY: Shape<AttendanceSummary> = {
  members: 'number', present: 'number', represented: 'number', absent: 'number', unrecorded: 'number', guests: 'number', guestsPresent: 'number',
};
const FIELDS = Object.fromEntries(MINUTES_FIELD_NAMES.map((n) => [n, 'string?'])) as Shape<MinutesFields>;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fits(value: unknown, rule: Rule): boolean {
  if (typeof rule === 'object') return (rule.nullable === true && value === null) || (typeof value === 'string' && rule.values.includes(value));
  if (rule.endsWith('?') && value === null) return true;
  const type = rule.replace('?', '');
  return type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === type;
}

/** The object with exactly the shape's keys, or null when one is missing or of the wrong type. */
export function pick<T>(value: unknown, shape: Shape<T>): T | null {
  if (!isObject(value)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(shape) as Array<[string, Rule]>) {
    if (!fits(value[key], rule)) return null;
    out[key] = value[key];
  }
  return out as T;
}

/** A stored snapshot, checked field by field; null when it is not one (damaged, or of another format). */
export function checkMinutesSnapshot(value: unknown): MinutesSnapshot | null {
  if (!isObject(value) || value.format !== MINUTES_SNAPSHOT_FORMAT || !isObject(value.attendance) || !Array.isArray(value.attendance.rows)) return null;
  const committee = pick(value.committee, COMMITTEE);
  const meeting = pick(value.meeting, MEETING);
  const summary = pick(value.attendance.summary, SUMMARY);
  const fields = pick(value.fields, FIELDS);
  const rows = value.attendance.rows.map((r) => pick(r, ROW));
  if (!committee || !meeting || !summary || !fields || rows.some((r) => r === null)) return null;
  return { format: MINUTES_SNAPSHOT_FORMAT, committee, meeting, attendance: { rows: rows as AttendanceRow[], summary }, fields };
}
