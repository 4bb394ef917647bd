import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from './connection.js';
import type { MeetingKind, MeetingSort, MeetingStatus, MeetingSummary } from './model/index.js';
import { readCursor } from './cursor.js';
import { PAGE_DEFAULT_LIMIT, type Page } from './model/page.js';

export type { MeetingSummary };

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
export async function listMeetings(db: Db, input: MeetingListInput = {}): Promise<Page<MeetingSummary>> {
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
