import type { Db } from './connection.js';
import type { MeetingSummary } from './model/index.js';

export type { MeetingSummary };

export async function listMeetings(db: Db, filter: { committeeId?: number } = {}): Promise<MeetingSummary[]> {
  let query = db
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
    ])
    .orderBy('mt.starts_at', 'desc');
  if (filter.committeeId !== undefined) query = query.where('mt.committee_id', '=', filter.committeeId);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, conclusionCount: Number(r.conclusionCount ?? 0) }));
}
