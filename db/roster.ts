import { sql } from 'kysely';
import type { Db } from './connection.js';
import { getCommittee } from './committees.js';
import { MEMBER_ROLES, type MemberRole, type Roster, type RosterMember } from './model/index.js';
import { ROSTER_MAX_MEMBERS } from './model/page.js';

export type { Roster, RosterMember };

/** Order of roles on a roster, highest first (the model lists them in that order). */
export const ROLE_ORDER: readonly MemberRole[] = MEMBER_ROLES;

/** The committee's members on a given day (from_date inclusive, to_date exclusive). */
export async function getRoster(db: Db, committeeId: number, asOf: string): Promise<Roster> {
  const committee = await getCommittee(db, committeeId, asOf);
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('decisions as d', 'd.id', 'm.decision_id')
    .select([
      'm.id as membershipId',
      'p.id as personId',
      'p.full_name as fullName',
      'm.position',
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
