import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { listGuests } from './meetings-guests.js';
import { type Reader, editableMeeting, invalid, meetingRow, touchMeeting } from './meetings-store.js';
import { type AttendanceRow, type AttendanceSheet, type AttendanceStatus, type AttendanceSummary, meetingDay } from './model/index.js';
import { rosterMembers } from './roster.js';
import type { Database } from './schema/index.js';

// Attendance: every member on the roster of the meeting day, and every guest, is present,
// absent (with a reason) or represented by someone (name, position); no row: not recorded.
// "có mặt x/y": x members present in person, y members on that day's roster.

export type { AttendanceSheet, AttendanceSummary };

export interface AttendanceInput {
  personId?: number;
  guestId?: number;
  /** null clears the row (not recorded). */
  status: AttendanceStatus | null;
  reason?: string | null;
  representativeName?: string | null;
  representativePosition?: string | null;
}

async function recorded(db: Reader, meetingId: number) {
  return db
    .selectFrom('attendance')
    .select(['person_id', 'guest_id', 'status', 'reason', 'representative_name', 'representative_position'])
    .where('meeting_id', '=', meetingId)
    .execute();
}

type Recorded = Awaited<ReturnType<typeof recorded>>[number];

function stateOf(r: Recorded | undefined) {
  return {
    status: r?.status ?? null,
    reason: r?.reason ?? null,
    representativeName: r?.representative_name ?? null,
    representativePosition: r?.representative_position ?? null,
  };
}

function summarize(rows: AttendanceRow[]): AttendanceSummary {
  const members = rows.filter((r) => r.kind === 'member');
  const guests = rows.filter((r) => r.kind === 'guest');
  const count = (list: AttendanceRow[], s: AttendanceStatus | null) => list.filter((r) => r.status === s).length;
  return {
    members: members.length,
    present: count(members, 'present'),
    represented: count(members, 'represented'),
    absent: count(members, 'absent'),
    unrecorded: count(members, null),
    guests: guests.length,
    guestsPresent: count(guests, 'present'),
  };
}

/** The attendance sheet: every member on the meeting day's roster, then every guest, with the current state. */
export async function attendanceSheet(db: Reader, meetingId: number): Promise<AttendanceSheet> {
  const meeting = await meetingRow(db, meetingId);
  const asOf = meetingDay(meeting.starts_at);
  const { members } = await rosterMembers(db as Db, meeting.committee_id, asOf);
  const guests = await listGuests(db, meetingId);
  const rows = await recorded(db, meetingId);
  const byPerson = new Map(rows.filter((r) => r.person_id !== null).map((r) => [r.person_id, r]));
  const byGuest = new Map(rows.filter((r) => r.guest_id !== null).map((r) => [r.guest_id, r]));
  const seen = new Set<number>();
  const sheet: AttendanceRow[] = [];
  for (const m of members) {
    if (seen.has(m.personId)) continue; // one line per person, even with two memberships that day
    seen.add(m.personId);
    sheet.push({
      kind: 'member',
      personId: m.personId,
      guestId: null,
      fullName: m.fullName,
      position: m.position,
      organisation: m.organisation,
      roleName: m.roleName,
      ...stateOf(byPerson.get(m.personId)),
    });
  }
  for (const g of guests) {
    sheet.push({
      kind: 'guest',
      personId: null,
      guestId: g.id,
      fullName: g.fullName,
      position: g.position,
      organisation: g.organisation,
      roleName: null,
      ...stateOf(byGuest.get(g.id)),
    });
  }
  return { meetingId, asOf, rows: sheet, summary: summarize(sheet) };
}

export async function attendanceSummary(db: Reader, meetingId: number): Promise<AttendanceSummary> {
  return (await attendanceSheet(db, meetingId)).summary;
}

/** Records one row or many in one transaction with its audit entry; a member must be on that day's roster. */
export async function setAttendance(db: Db, meetingId: number, input: AttendanceInput[], actor: string): Promise<AttendanceSheet> {
  await db.transaction().execute(async (trx) => {
    await editableMeeting(trx, meetingId);
    await writeAttendanceIn(trx, meetingId, input, actor);
  });
  return attendanceSheet(db, meetingId);
}

/**
 * Writes attendance rows inside the caller's transaction, with its audit entry. The caller
 * decides whether the meeting may change: setAttendance while it is open, an amendment of
 * its finalized minutes (db/minutes.ts) after.
 */
export async function writeAttendanceIn(trx: Transaction<Database>, meetingId: number, input: readonly AttendanceInput[], actor: string): Promise<void> {
  const sheet = await attendanceSheet(trx, meetingId);
  const people = new Set(sheet.rows.filter((r) => r.kind === 'member').map((r) => r.personId));
  const guests = new Set(sheet.rows.filter((r) => r.kind === 'guest').map((r) => r.guestId));
  const at = nowIso();
  for (const [i, row] of input.entries()) {
    if (row.personId !== undefined && !people.has(row.personId)) {
      throw invalid(`rows.${i}.personId`, 'not_on_roster', `person ${row.personId} is not on the roster of ${sheet.asOf}`);
    }
    if (row.guestId !== undefined && !guests.has(row.guestId)) {
      throw invalid(`rows.${i}.guestId`, 'not_a_guest', `guest ${row.guestId} is not invited to meeting ${meetingId}`);
    }
    const who = row.personId !== undefined ? ('person_id' as const) : ('guest_id' as const);
    const whoId = (row.personId ?? row.guestId) as number;
    if (row.status === null) {
      await trx.deleteFrom('attendance').where('meeting_id', '=', meetingId).where(who, '=', whoId).execute();
      continue;
    }
    const state = {
      status: row.status,
      reason: row.status === 'absent' ? (row.reason ?? null) : null,
      representative_name: row.status === 'represented' ? (row.representativeName ?? null) : null,
      representative_position: row.status === 'represented' ? (row.representativePosition ?? null) : null,
      updated_at: at,
    };
    // One row per member or guest and meeting: update it, or add it (the transaction began IMMEDIATE).
    const updated = await trx.updateTable('attendance').set(state).where('meeting_id', '=', meetingId).where(who, '=', whoId).executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await trx
        .insertInto('attendance')
        .values({ meeting_id: meetingId, person_id: row.personId ?? null, guest_id: row.guestId ?? null, ...state })
        .execute();
    }
  }
  await touchMeeting(trx, meetingId, at);
  await audit(trx, { actor, action: 'update', entity: 'meeting', entityId: meetingId, detail: { attendance: input } });
}
