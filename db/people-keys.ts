import type { Transaction } from 'kysely';
import type { Db } from './connection.js';
import type { Database } from './schema/index.js';
import { fold } from './text/fold.js';
import { searchWords, vietnameseSortKey } from './text/sort-key.js';

// The derived search and sort columns of a person (migration 0004): folded name and
// organisation, the Vietnamese sort key, and the words of people_words. Every write of a
// person calls refreshPersonKeys in the same transaction.

type Writer = Db | Transaction<Database>;

export async function refreshPersonKeys(db: Writer, id: number): Promise<void> {
  const p = await db
    .selectFrom('people')
    .select(['full_name', 'position', 'organisation'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('people')
    .set({
      name_folded: fold(p.full_name),
      organisation_folded: p.organisation === null ? null : fold(p.organisation),
      sort_key: vietnameseSortKey(p.full_name),
    })
    .where('id', '=', id)
    .execute();
  await db.deleteFrom('people_words').where('person_id', '=', id).execute();
  const words = searchWords(p.full_name, p.position, p.organisation);
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
