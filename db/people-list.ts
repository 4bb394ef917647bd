import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import type { PeopleSort } from './model/index.js';
import { PAGE_DEFAULT_LIMIT, type Page } from './model/page.js';
import { type Person, toPerson } from './people.js';
import type { Database } from './schema/index.js';
import { searchWords } from './text/sort-key.js';

export type { PeopleSort };

export interface PeopleListInput {
  /** Words, each the start of a word of the name, position or organisation, accents folded. */
  query?: string;
  sort?: PeopleSort;
  limit?: number;
  cursor?: string;
}

/** Above every code point: `word >= w and word < w || TOP` is "word starts with w". */
const TOP = '\u{10FFFF}';

/**
 * A search whose rarest word matches at most this many people sorts those matches
 * (people_words, then a small sort); above it, the list walks people_sort in order and
 * stops after a page of matches. Measured on 50,000 people: sorting 2,000 matches ~8 ms,
 * 20,000 ~30 ms; walking for a word that 40 % of people have < 1 ms, for a rare one that
 * sorts late (a given name) ~150 ms. DRIVE_LIMIT keeps each plan on its good side.
 */
export const DRIVE_LIMIT = 5000;

const isNameKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);
const isIdKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isInteger(v[0]);

type PeopleEb = ExpressionBuilder<Database & { p: Database['people'] }, 'p'>;

/** The person has a word that starts with `word` (people_words_person, covering). */
function hasWord(eb: PeopleEb, word: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('people_words as w')
      .select('w.person_id')
      .whereRef('w.person_id', '=', 'p.id')
      .where('w.word', '>=', word)
      .where('w.word', '<', word + TOP),
  );
}

/** How many people have a word starting with `word` (a range of the people_words key). */
export async function countWordMatches(db: Db, word: string): Promise<number> {
  const row = await db
    .selectFrom('people_words')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('word', '>=', word)
    .where('word', '<', word + TOP)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of people, in Vietnamese name order (people_sort) or newest first, optionally
 * only those with, for every word of `query`, a word of their name, position or
 * organisation that starts with it (accents folded). Keyset paging: the cursor is the
 * last row's sort key and id.
 */
export async function listPeople(db: Db, input: PeopleListInput = {}): Promise<Page<Person>> {
  const sort = input.sort ?? 'name';
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  const empty: Page<Person> = { items: [], hasMore: false, nextCursor: null };
  let q = db.selectFrom('people as p').selectAll('p');

  const words = searchWords(input.query);
  if (words.length > 0) {
    const counts = await Promise.all(words.map((w) => countWordMatches(db, w)));
    const fewest = Math.min(...counts);
    if (fewest === 0) return empty;
    const rarest = words[counts.indexOf(fewest)]!;
    const others = words.filter((w) => w !== rarest);
    if (fewest <= DRIVE_LIMIT) {
      q = q.where('p.id', 'in', (eb) =>
        eb.selectFrom('people_words as r').select('r.person_id').where('r.word', '>=', rarest).where('r.word', '<', rarest + TOP),
      );
    } else {
      others.unshift(rarest);
    }
    for (const word of others) q = q.where((eb) => hasWord(eb, word));
  }

  if (sort === 'name') {
    if (input.cursor !== undefined) {
      const [key, id] = readCursor(input.cursor, isNameKey);
      q = q.where((eb): Expression<SqlBool> => sql<SqlBool>`(${eb.ref('p.sort_key')}, ${eb.ref('p.id')}) > (${key}, ${id})`);
    }
    q = q.orderBy('p.sort_key').orderBy('p.id');
  } else {
    if (input.cursor !== undefined) q = q.where('p.id', '<', readCursor(input.cursor, isIdKey)[0]);
    q = q.orderBy('p.id', 'desc');
  }
  const rows = await q.limit(limit + 1).execute();
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    hasMore && last ? JSON.stringify(sort === 'name' ? [last.sort_key ?? '', last.id] : [last.id]) : null;
  return { items: items.map(toPerson), hasMore, nextCursor };
}
