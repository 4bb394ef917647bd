import { sql } from 'kysely';
import type { Db } from './connection.js';
import { getCommittee } from './committees.js';
import type { Roster, RosterMember } from './model/index.js';
import { ROSTER_MAX_MEMBERS } from './model/page.js';
import { nameAsOf } from './person-names.js';

export type { Roster, RosterMember };

/**
 * THE position a roster shows (screen, print, Word, spreadsheet, CLI all read it here): the
 * one written in the appointing decision, else (the decision left it blank) the person's
 * position. The person's position has no history: it is today's.
 */
export function shownPosition() {
  return sql<string | null>`coalesce(nullif(trim(${sql.ref('m.position')}), ''), ${sql.ref('p.position')})`;
}

/** The members of a committee on a given day, without the committee (reconstitution previews reuse it). */
export async function rosterMembers(db: Db, committeeId: number, asOf: string): Promise<{ members: RosterMember[]; truncated: boolean }> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('committee_roles as r', (j) => j.onRef('r.committee_id', '=', 'm.committee_id').onRef('r.code', '=', 'm.role'))
    .leftJoin('decisions as d', 'd.id', 'm.decision_id')
    .select([
      'm.id as membershipId',
      'p.id as personId',
      nameAsOf(asOf).as('fullName'),
      shownPosition().as('position'),
      'p.organisation',
      'm.role',
      'r.name as roleName',
      'm.duty',
      'm.from_date as fromDate',
      'm.to_date as toDate',
      'm.decision_id as decisionId',
      'd.number as decisionNumber',
      'd.signed_on as decisionSignedOn',
    ])
    .where('m.committee_id', '=', committeeId)
    .where('m.from_date', '<=', asOf)
    .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', asOf)]))
    .orderBy('r.position')
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .limit(ROSTER_MAX_MEMBERS + 1)
    .execute();
  return { members: rows.slice(0, ROSTER_MAX_MEMBERS), truncated: rows.length > ROSTER_MAX_MEMBERS };
}

/**
 * The committee's members on a given day, in the order of its roles, then by Vietnamese
 * name order. from_date is inclusive, to_date exclusive: a membership ended on D (the
 * ending decision takes effect on D) is not on the roster of D; one started on D is.
 */
export async function getRoster(db: Db, committeeId: number, asOf: string): Promise<Roster> {
  const committee = await getCommittee(db, committeeId, asOf);
  return { committee, asOf, ...(await rosterMembers(db, committeeId, asOf)) };
}
