import { sql } from 'kysely';
import type { Db } from '../connection.js';
import type { RosterDecision, RosterDocumentData } from '../model/index.js';
import { getRoster } from '../roster.js';

/**
 * The decision a roster of `date` is attached to: the committee's last founding or
 * reconstituting decision signed on or before that day (a committee has few decisions).
 */
export async function decisionInForce(db: Db, committeeId: number, date: string): Promise<RosterDecision | null> {
  const row = await db
    .selectFrom('decisions as d')
    .innerJoin('committees as c', 'c.id', 'd.committee_id')
    .select(['d.id', 'd.number', 'd.signed_on as signedOn'])
    .select(sql<string | null>`coalesce(${sql.ref('d.issuing_body')}, ${sql.ref('c.parent_body')})`.as('issuer'))
    .where('d.committee_id', '=', committeeId)
    .where('d.kind', 'in', ['thanh_lap', 'kien_toan'])
    .where('d.signed_on', '<=', date)
    .orderBy('d.signed_on', 'desc')
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** The roster of `date` with its decision; `issuedOn` is the place-date line's day (today). */
export async function getRosterDocument(db: Db, committeeId: number, date: string, issuedOn: string): Promise<RosterDocumentData> {
  const roster = await getRoster(db, committeeId, date);
  return { roster, decision: await decisionInForce(db, committeeId, date), issuedOn };
}
