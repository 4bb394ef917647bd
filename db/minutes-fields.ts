import { attendanceSummary } from './attendance.js';
import type { Db } from './connection.js';
import { ArchiveError } from './errors.js';
import { nameAsOf } from './person-names.js';
import { EMPTY_RICH_TEXT, MINUTES_FIELD_NAMES, type MinutesFields, type RichTextDoc, meetingDay, validateRichText } from './model/index.js';

/** A person as the minutes name them: "Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy". */
const named = (p: { name: string | null; position: string | null } | undefined) =>
  p?.name ? (p.position ? `${p.name}, ${p.position}` : p.name) : null;

/** The Mẫu 1.9 fields as the meeting gives them: times, place, chair, secretary, "có mặt x/y". */
export async function defaultMinutesFields(db: Db, meetingId: number): Promise<MinutesFields> {
  const meeting = await db
    .selectFrom('meetings as mt')
    .leftJoin('people as chair', 'chair.id', 'mt.chair_person_id')
    .leftJoin('people as sec', 'sec.id', 'mt.secretary_person_id')
    .select(['mt.starts_at', 'mt.ends_at', 'mt.place', 'mt.chair_person_id as chairId', 'mt.secretary_person_id as secId', 'chair.position as chairPosition', 'sec.position as secPosition'])
    .where('mt.id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) return { openedAt: null, closedAt: null, place: null, attendees: null, chair: null, secretary: null };
  // Names as borne on the meeting day (person_names), the source the signatures use too.
  const day = meetingDay(meeting.starts_at);
  const nameOn = async (id: number | null) =>
    id === null ? null : ((await db.selectFrom('people as p').select(nameAsOf(day).as('name')).where('p.id', '=', id).executeTakeFirst())?.name ?? null);
  const chairName = await nameOn(meeting.chairId);
  const secName = await nameOn(meeting.secId);
  // "Có mặt x/y" as the meeting's attendance sheet counts it (one owner: db/attendance.ts).
  const summary = await attendanceSummary(db, meetingId);
  const parts = summary.members > 0 ? [`Có mặt ${summary.present}/${summary.members} thành viên Ban Chỉ đạo`] : [];
  if (summary.represented > 0) parts.push(`${summary.represented} thành viên cử người dự thay`);
  if (summary.guestsPresent > 0) parts.push(`${summary.guestsPresent} đại biểu khách mời`);
  return {
    openedAt: meeting.starts_at.slice(0, 16),
    closedAt: meeting.ends_at?.slice(0, 16) ?? null,
    place: meeting.place,
    attendees: parts.length > 0 ? `${parts.join('; ')}.` : null,
    chair: named({ name: chairName, position: meeting.chairPosition }),
    secretary: named({ name: secName, position: meeting.secPosition }),
  };
}

/** Stored fields over the meeting's defaults: a field the clerk never saved keeps the meeting's value. */
export function readFields(json: string, defaults: MinutesFields): MinutesFields {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null) stored = parsed as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const out = { ...defaults };
  for (const name of MINUTES_FIELD_NAMES) {
    const v = stored[name];
    if (v === null || typeof v === 'string') out[name] = v;
  }
  return out;
}

/** Which stored text a damaged body belongs to, for the CORRUPT error. */
export interface BodyOwner {
  meetingId?: number;
  version?: number | null;
}

/**
 * A stored body. Nothing written yet (no row, the column's default '{}') reads as empty; any
 * other body that is not a valid document is refused CORRUPT, naming the meeting and version:
 * a damaged signed text never prints blank, and a damaged draft is never handed to the editor
 * as an empty one that autosave would then write over.
 */
export function readBody(json: string | null | undefined, owner: BodyOwner = {}): RichTextDoc {
  const stored = (json ?? '').trim();
  if (stored === '' || stored === '{}') return EMPTY_RICH_TEXT;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = undefined;
  }
  const result = validateRichText(parsed);
  if (result.ok) return result.doc;
  const which = `${owner.meetingId === undefined ? '' : ` of meeting ${owner.meetingId}`}${owner.version ? `, version ${owner.version}` : ''}`;
  throw new ArchiveError('CORRUPT', `the stored text of the minutes${which} is damaged (${result.error.code} at ${result.error.path || 'the document'})`, {
    entity: 'minutes',
    meetingId: owner.meetingId ?? null,
    version: owner.version ?? null,
    problem: result.error.code,
  });
}

/** "14:32": an instant's time of day in the archive's zone. */
export function timeIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
