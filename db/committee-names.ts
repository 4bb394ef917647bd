import type { Transaction } from 'kysely';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import type { Database } from './schema/index.js';

// A committee's names through time (0011), like a person's (person-names.ts): committees
// holds the name, issuing body and parent body from the last change on; committee_names
// holds each earlier set with the day it stopped being used.

/** The columns a roster of a past day shows as they were. */
export interface CommitteeNaming {
  name: string;
  issuing_body: string | null;
  parent_body: string | null;
}

const same = (a: CommitteeNaming, b: CommitteeNaming) => a.name === b.name && a.issuing_body === b.issuing_body && a.parent_body === b.parent_body;

/**
 * Records that `committeeId` was named `before` until `changedOn` (exclusive): called in the
 * same transaction as the update of committees, only when the name, issuing body or parent
 * body really changes.
 */
export async function recordCommitteeNaming(
  trx: Transaction<Database>,
  committeeId: number,
  before: CommitteeNaming,
  after: CommitteeNaming,
  changedOn: string,
): Promise<boolean> {
  if (same(before, after)) return false;
  await trx
    .insertInto('committee_names')
    .values({ committee_id: committeeId, name: before.name, issuing_body: before.issuing_body, parent_body: before.parent_body, until_date: changedOn, created_at: nowIso() })
    .execute();
  return true;
}

/**
 * The committee's naming on `asOf` when it differed from today's: the earliest recorded set
 * still in use that day (until_date after it; on a tie, the first recorded), else undefined
 * (the committees row holds it). Reads committee_names_committee (committee_id, until_date).
 */
export async function namingAsOf(db: Db | Transaction<Database>, committeeId: number, asOf: string): Promise<CommitteeNaming | undefined> {
  return db
    .selectFrom('committee_names')
    .select(['name', 'issuing_body', 'parent_body'])
    .where('committee_id', '=', committeeId)
    .where('until_date', '>', asOf)
    .orderBy('until_date')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}
