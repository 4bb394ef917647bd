import type { Db } from '../connection.js';
import type { RosterDecision, RosterDocumentData } from '../model/index.js';
import { getRoster } from '../roster.js';

const SELECT_DECISION = ['d.id', 'd.number', 'd.signed_on as signedOn'] as const;

/**
 * The decisions a roster of `date` is attached to: the distinct decisions under which its
 * members sit (their memberships' decision_id), by signing date then id. A decision is
 * named only through a member on the roster that day, so nothing that takes effect after
 * `date` (a bổ sung signed before its appointee joins) and no decision that no longer
 * seats anyone. Empty when no member sits under a recorded decision. `issuer` is the
 * decision's own issuing body here; getRosterDocument falls back to the parent body of the day.
 */
export async function decisionsInForce(db: Db, committeeId: number, date: string): Promise<RosterDecision[]> {
  return db
    .selectFrom('decisions as d')
    .select(SELECT_DECISION)
    .select('d.issuing_body as issuer')
    .where('d.id', 'in', (eb) =>
      eb
        .selectFrom('memberships as m')
        .select('m.decision_id')
        .where('m.committee_id', '=', committeeId)
        .where('m.decision_id', 'is not', null)
        .where('m.from_date', '<=', date)
        .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', date)])),
    )
    .orderBy('d.signed_on')
    .orderBy('d.id')
    .execute();
}

/**
 * The roster of `date` with the decisions it is attached to. Its place-date line is the
 * roster's own day (the document is the roster as it stood then), never the day it is printed.
 */
export async function getRosterDocument(db: Db, committeeId: number, date: string): Promise<RosterDocumentData> {
  const roster = await getRoster(db, committeeId, date);
  // A decision without its own issuing body is the parent body's of that day (committee_names).
  const decisions = (await decisionsInForce(db, committeeId, date)).map((d) => ({ ...d, issuer: d.issuer ?? roster.committee.parentBody }));
  return { roster, decisions, issuedOn: roster.asOf };
}
