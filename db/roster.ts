import { sql } from 'kysely';
import { todayIso } from './clock.js';
import type { Db } from './connection.js';
import { getCommittee } from './committees.js';
import type { Committee } from './committees.js';
import type { MemberRole } from './schema/index.js';
import { ROSTER_MAX_MEMBERS } from './model/page.js';

/** Order of roles on a roster, highest first. */
export const ROLE_ORDER: readonly MemberRole[] = [
  'truong_ban',
  'pho_truong_ban_thuong_truc',
  'pho_truong_ban',
  'uy_vien',
  'thu_ky',
];

export interface RosterMember {
  membershipId: number;
  personId: number;
  fullName: string;
  position: string | null;
  organisation: string | null;
  role: MemberRole;
  duty: string | null;
  fromDate: string;
  toDate: string | null;
  decisionNumber: string | null;
}

export interface Roster {
  committee: Committee;
  asOf: string;
  members: RosterMember[];
  /** More than ROSTER_MAX_MEMBERS members on the day: only the first ones are listed. */
  truncated: boolean;
}

/** The committee's members on a given day (from_date inclusive, to_date exclusive). */
export async function getRoster(db: Db, committeeId: number, asOf = todayIso()): Promise<Roster> {
  const committee = await getCommittee(db, committeeId, asOf);
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('decisions as d', 'd.id', 'm.decision_id')
    .select([
      'm.id as membershipId',
      'p.id as personId',
      'p.full_name as fullName',
      'p.position',
      'p.organisation',
      'm.role',
      'm.duty',
      'm.from_date as fromDate',
      'm.to_date as toDate',
      'd.number as decisionNumber',
    ])
    .where('m.committee_id', '=', committeeId)
    .where('m.from_date', '<=', asOf)
    .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', asOf)]))
    .orderBy(sql`case ${sql.ref('m.role')} ${sql.join(
      ROLE_ORDER.map((role, i) => sql`when ${role} then ${i}`),
      sql` `,
    )} else ${ROLE_ORDER.length} end`)
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(ROSTER_MAX_MEMBERS + 1)
    .execute();
  return { committee, asOf, members: rows.slice(0, ROSTER_MAX_MEMBERS), truncated: rows.length > ROSTER_MAX_MEMBERS };
}
