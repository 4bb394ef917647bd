import type { Transaction } from 'kysely';
import type { Db } from './connection.js';
import type { Database } from './schema/index.js';
import { fold } from './text/fold.js';
import { searchWords, vietnameseSortKey } from './text/sort-key.js';

// The derived search and sort columns of a person (migration 0004): folded name and
// organisation, the Vietnamese sort key, and the words of people_words. Every write of a
// person calls refreshPersonKeys in the same transaction.

type Writer = Db | Transaction<Database>;

export interface PersonKeys {
  name_folded: string;
  organisation_folded: string | null;
  sort_key: string;
  /** The person's rows of people_words. */
  words: string[];
}

/** The derived columns and search words of a person's stored name, position and organisation (pure; bulk writers call it per row). */
export function personKeys(fullName: string, position: string | null, organisation: string | null): PersonKeys {
  return {
    name_folded: fold(fullName),
    organisation_folded: organisation === null ? null : fold(organisation),
    sort_key: vietnameseSortKey(fullName),
    words: searchWords(fullName, position, organisation),
  };
}

export async function refreshPersonKeys(db: Writer, id: number): Promise<void> {
  const p = await db
    .selectFrom('people')
    .select(['full_name', 'position', 'organisation'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { words, ...keys } = personKeys(p.full_name, p.position, p.organisation);
  await db.updateTable('people').set(keys).where('id', '=', id).execute();
  await db.deleteFrom('people_words').where('person_id', '=', id).execute();
  if (words.length > 0) {
    await db.insertInto('people_words').values(words.map((word) => ({ word, person_id: id }))).execute();
  }
}

/**
 * Fills the keys of people written without them (bulk loads such as the benchmark's
 * generator, which inserts rows directly): every person whose sort_key is null. Returns
 * how many it filled. One transaction.
 */
export async function backfillPersonKeys(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ids = await trx.selectFrom('people').select('id').where('sort_key', 'is', null).execute();
    for (const { id } of ids) await refreshPersonKeys(trx, id);
    return ids.length;
  });
}
