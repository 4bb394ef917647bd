import { type Expression, type SqlBool, sql } from 'kysely';
import { listAgenda } from './agenda.js';
import { attendanceSummary } from './attendance.js';
import { getDocumentNumber } from './document-numbers.js';
import { listGuests } from './meetings-guests.js';
import { type Reader, meetingRow } from './meetings-store.js';
import { nameAsOf } from './person-names.js';
import {
  type Invitation,
  type Meeting,
  type MeetingDetail,
  type MeetingKind,
  type MeetingSort,
  type MeetingStatus,
  type MeetingSummary,
  meetingDay,
} from './model/index.js';
import { readCursor } from './cursor.js';
import { PAGE_DEFAULT_LIMIT, type Page } from './model/page.js';

export type { Meeting, MeetingDetail, MeetingSummary };

export type { MeetingSort };

export interface MeetingListInput {
  committeeId?: number;
  /** Meetings that start in this calendar year. */
  year?: number;
  kind?: MeetingKind;
  status?: MeetingStatus;
  sort?: MeetingSort;
  limit?: number;
  cursor?: string;
}

const isKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);

/**
 * One page of meetings, newest first (or oldest), filtered by committee, year, kind and
 * status in SQL; keyset paging on (starts_at, id), served by meetings_starts,
 * meetings_committee, meetings_kind or meetings_status.
 */
export async function listMeetings(db: Reader, input: MeetingListInput = {}): Promise<Page<MeetingSummary>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  const newest = (input.sort ?? 'newest') === 'newest';
  let q = db
    .selectFrom('meetings as mt')
    .innerJoin('committees as c', 'c.id', 'mt.committee_id')
    .leftJoin('people as chair', 'chair.id', 'mt.chair_person_id')
    .select((eb) => [
      'mt.id',
      'mt.committee_id as committeeId',
      'c.name as committeeName',
      'mt.kind',
      'mt.title',
      'mt.starts_at as startsAt',
      'mt.ends_at as endsAt',
      'mt.place',
      'chair.full_name as chairName',
      'mt.status',
      eb
        .selectFrom('conclusions as k')
        .whereRef('k.meeting_id', '=', 'mt.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('conclusionCount'),
    ]);
  if (input.committeeId !== undefined) q = q.where('mt.committee_id', '=', input.committeeId);
  if (input.year !== undefined) {
    q = q.where('mt.starts_at', '>=', String(input.year)).where('mt.starts_at', '<', String(input.year + 1));
  }
  if (input.kind !== undefined) q = q.where('mt.kind', '=', input.kind);
  if (input.status !== undefined) q = q.where('mt.status', '=', input.status);
  if (input.cursor !== undefined) {
    const [at, id] = readCursor(input.cursor, isKey);
    q = q.where(
      (eb): Expression<SqlBool> =>
        newest
          ? sql<SqlBool>`(${eb.ref('mt.starts_at')}, ${eb.ref('mt.id')}) < (${at}, ${id})`
          : sql<SqlBool>`(${eb.ref('mt.starts_at')}, ${eb.ref('mt.id')}) > (${at}, ${id})`,
    );
  }
  const direction = newest ? 'desc' : 'asc';
  const rows = await q.orderBy('mt.starts_at', direction).orderBy('mt.id', direction).limit(limit + 1).execute();
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit).map((r) => ({ ...r, conclusionCount: Number(r.conclusionCount ?? 0) }));
  const last = items.at(-1);
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.startsAt, last.id]) : null };
}

/**
 * A person's name and position on the meeting day: the name they bore that day (person_names,
 * so a later rename does not reach the meeting's chair or secretary), the membership's
 * position in that committee, else the person's own.
 */
async function positionOn(db: Reader, personId: number | null, committeeId: number, day: string): Promise<{ name: string | null; position: string | null }> {
  if (personId === null) return { name: null, position: null };
  const row = await db
    .selectFrom('people as p')
    .select((eb) => [
      nameAsOf(day).as('name'),
      'p.position as own',
      eb
        .selectFrom('memberships as m')
        .select('m.position')
        .whereRef('m.person_id', '=', 'p.id')
        .where('m.committee_id', '=', committeeId)
        .where('m.from_date', '<=', day)
        .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', day)]))
        .orderBy('m.from_date', 'desc')
        .limit(1)
        .as('held'),
    ])
    .where('p.id', '=', personId)
    .executeTakeFirstOrThrow();
  return { name: row.name, position: row.held ?? row.own };
}

export async function getMeeting(db: Reader, id: number): Promise<Meeting> {
  const row = await meetingRow(db, id);
  const committee = await db.selectFrom('committees').select('name').where('id', '=', row.committee_id).executeTakeFirstOrThrow();
  const day = meetingDay(row.starts_at);
  const chair = await positionOn(db, row.chair_person_id, row.committee_id, day);
  const secretary = await positionOn(db, row.secretary_person_id, row.committee_id, day);
  return {
    id: row.id,
    committeeId: row.committee_id,
    committeeName: committee.name,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    chairPersonId: row.chair_person_id,
    chairName: chair.name,
    chairPosition: chair.position,
    secretaryPersonId: row.secretary_person_id,
    secretaryName: secretary.name,
    secretaryPosition: secretary.position,
    status: row.status,
    cancelReason: row.cancel_reason,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getInvitation(db: Reader, id: number): Promise<Invitation | null> {
  const row = await meetingRow(db, id);
  if (row.invitation_number_id === null || row.invited_on === null) return null;
  const n = await getDocumentNumber(db, row.invitation_number_id);
  return { meetingId: id, documentNumberId: n.id, number: n.number, symbol: n.symbol, issuedOn: row.invited_on };
}

/** meetings.get: the meeting, its agenda and guests in order, "có mặt x/y" and its invitation. */
export async function getMeetingDetail(db: Reader, id: number): Promise<MeetingDetail> {
  const meeting = await getMeeting(db, id);
  return {
    ...meeting,
    agenda: await listAgenda(db, id),
    guests: await listGuests(db, id),
    attendance: await attendanceSummary(db, id),
    invitation: await getInvitation(db, id),
  };
}
