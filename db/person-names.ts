import { type Transaction, sql } from 'kysely';
import { nowIso } from './clock.js';
import type { Database } from './schema/index.js';

// A person's names through time (0010): people.full_name is the name from the last change
// on; person_names holds each earlier name with the day it stopped being used.

/**
 * Records that `personId` bore `oldName` until `changedOn` (exclusive): called in the same
 * transaction as the update of people.full_name, only when the name really changes.
 */
export async function recordNameChange(trx: Transaction<Database>, personId: number, oldName: string, newName: string, changedOn: string): Promise<boolean> {
  if (oldName === newName) return false;
  await trx.insertInto('person_names').values({ person_id: personId, full_name: oldName, until_date: changedOn, created_at: nowIso() }).execute();
  return true;
}

/** A misspelling corrected: this person's earlier names spelt exactly like it take the correction. */
export async function correctEarlierNames(trx: Transaction<Database>, personId: number, misspelt: string, corrected: string): Promise<void> {
  await trx.updateTable('person_names').set({ full_name: corrected }).where('person_id', '=', personId).where('full_name', '=', misspelt).execute();
}

/** The merged record's earlier names go with it (the kept record's names are the person's). */
export async function dropNameHistory(trx: Transaction<Database>, personId: number): Promise<void> {
  await trx.deleteFrom('person_names').where('person_id', '=', personId).execute();
}

/**
 * The name of the person `p.id` on `asOf`: the earliest earlier name still in use that day
 * (until_date after it; on a tie, the first recorded), else people.full_name. For queries
 * that join people as `p`; the lookup uses person_names_person (person_id, until_date).
 */
export function nameAsOf(asOf: string) {
  return sql<string>`coalesce((select n.full_name from person_names n where n.person_id = ${sql.ref('p.id')} and n.until_date > ${asOf} order by n.until_date, n.id limit 1), ${sql.ref('p.full_name')})`;
}
