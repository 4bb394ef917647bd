import { sql } from 'kysely';
import type { Db } from '../connection.js';
import type { RosterDecision, RosterDocumentData } from '../model/index.js';
import { getRoster } from '../roster.js';

const SELECT_DECISION = ['d.id', 'd.number', 'd.signed_on as signedOn'] as const;
const issuer = sql<string | null>`coalesce(${sql.ref('d.issuing_body')}, ${sql.ref('c.parent_body')})`.as('issuer');

/**
 * The decisions a roster of `date` is attached to, oldest first: the committee's last
 * founding or reconstituting decision signed on or before that day, then every
 * supplementary one (bo_sung) signed after it and by that day (with no founding or
 * reconstituting decision yet, the supplementary ones alone). A committee has few decisions.
 */
export async function decisionsInForce(db: Db, committeeId: number, date: string): Promise<RosterDecision[]> {
  const base = await db
    .selectFrom('decisions as d')
    .innerJoin('committees as c', 'c.id', 'd.committee_id')
    .select(SELECT_DECISION)
    .select(issuer)
    .where('d.committee_id', '=', committeeId)
    .where('d.kind', 'in', ['thanh_lap', 'kien_toan'])
    .where('d.signed_on', '<=', date)
    .orderBy('d.signed_on', 'desc')
    .orderBy('d.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let later = db
    .selectFrom('decisions as d')
    .innerJoin('committees as c', 'c.id', 'd.committee_id')
    .select(SELECT_DECISION)
    .select(issuer)
    .where('d.committee_id', '=', committeeId)
    .where('d.kind', '=', 'bo_sung')
    .where('d.signed_on', '<=', date);
  if (base) {
    later = later.where((w) => w.or([w('d.signed_on', '>', base.signedOn), w.and([w('d.signed_on', '=', base.signedOn), w('d.id', '>', base.id)])]));
  }
  const supplements = await later.orderBy('d.signed_on').orderBy('d.id').execute();
  return base ? [base, ...supplements] : supplements;
}

/**
 * The roster of `date` with the decisions it is attached to. Its place-date line is the
 * roster's own day (the document is the roster as it stood then), never the day it is printed.
 */
export async function getRosterDocument(db: Db, committeeId: number, date: string): Promise<RosterDocumentData> {
  const roster = await getRoster(db, committeeId, date);
  return { roster, decisions: await decisionsInForce(db, committeeId, date), issuedOn: roster.asOf };
}
