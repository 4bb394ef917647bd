import { type Kysely, sql } from 'kysely';

// Frozen: schema version 4, the columns and indexes that let every list page, sort, filter
// and count in SQL (issue 6). Never edit it after release and never import app code here.
// It depends only on the columns of 0001.
//
// people gains its folded name and organisation and a Vietnamese sort key (given name
// first); people_words holds the folded words of name, position and organisation for
// word-prefix search. The app keeps them current on every write (db/people.ts); existing
// rows are back-filled here with a frozen copy of the app's fold (db/text/fold.ts) and sort
// key (db/text/sort-key.ts). 0004-name-keys.test.ts checks that the copies agree.

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';
const TONE: Record<string, number> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

/**
 * Primary: each letter without its tone, the Vietnamese letters ă â đ ê ô ơ ư written as
 * their base letter followed by '~' once or twice ('~' sorts after every ASCII letter, so
 * "Dũng" < "Đức" and "Anh" < "Ăn" < "Ân"). Secondary: one letter per character for its
 * tone (ngang, huyền, sắc, hỏi, ngã, nặng), so names that differ only in tones keep order.
 */
function keyParts(text: string): [primary: string, tones: string] {
  let primary = '';
  let tones = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    if (ch === 'đ' || ch === 'ð') {
      primary += 'd~';
      tones += 'A';
      continue;
    }
    const [base = '', ...marks] = ch.normalize('NFD');
    let variant = 0;
    let tone = 0;
    for (const mark of marks) {
      if (mark === BREVE) variant = 1;
      else if (mark === CIRCUMFLEX) variant = base === 'a' ? 2 : 1;
      else if (mark === HORN) variant = base === 'o' ? 2 : 1;
      else tone = Math.max(tone, TONE[mark] ?? 0);
    }
    primary += base + '~'.repeat(variant);
    tones += String.fromCharCode(65 + tone);
  }
  return [primary, tones];
}

export function sortKey(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  const given = words.pop() ?? '';
  const [primary, tones] = keyParts([given, ...words].join(' '));
  return `${primary}\u0001${tones}`;
}

export function searchWords(...texts: Array<string | null>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of fold(text ?? '').split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return [...words];
}

/** An index on each foreign key of 0001 that has none yet (deletes and joins search them). */
const FOREIGN_KEY_INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['committees_parent', 'committees', ['parent_committee_id']],
  ['decisions_committee', 'decisions', ['committee_id']],
  ['memberships_decision', 'memberships', ['decision_id']],
  ['memberships_end_decision', 'memberships', ['end_decision_id']],
  ['meetings_chair', 'meetings', ['chair_person_id']],
  ['meetings_secretary', 'meetings', ['secretary_person_id']],
  ['agenda_items_presenter', 'agenda_items', ['presenter_person_id']],
  ['attendance_person', 'attendance', ['person_id']],
  ['conclusions_committee', 'conclusions', ['committee_id']],
  ['conclusions_meeting', 'conclusions', ['meeting_id']],
  ['conclusions_signer', 'conclusions', ['signer_person_id']],
  ['actions_committee', 'actions', ['committee_id']],
  ['progress_updates_attachment', 'progress_updates', ['attachment_id']],
];

/** Indexes that serve the lists and counts. */
const LIST_INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['people_sort', 'people', ['sort_key', 'id']],
  ['people_words_person', 'people_words', ['person_id']],
  // meetings.list: newest first, alone or by kind or status (by committee: meetings_committee).
  ['meetings_starts', 'meetings', ['starts_at', 'id']],
  ['meetings_kind', 'meetings', ['kind', 'starts_at', 'id']],
  ['meetings_status', 'meetings', ['status', 'starts_at', 'id']],
  // dashboard.counts: action statuses and members in office, read from the index alone.
  ['actions_status', 'actions', ['completed_on', 'deadline', 'on_hold']],
  ['memberships_term', 'memberships', ['from_date', 'to_date']],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['name_folded', 'organisation_folded', 'sort_key']) {
    await db.schema.alterTable('people').addColumn(column, 'text').execute();
  }
  await db.schema
    .createTable('people_words')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('people_words_pk', ['word', 'person_id'])
    .modifyEnd(sql`without rowid`)
    .execute();

  const people = await db.selectFrom('people').select(['id', 'full_name', 'position', 'organisation']).execute();
  for (const p of people) {
    await db
      .updateTable('people')
      .set({
        name_folded: fold(p.full_name),
        organisation_folded: p.organisation === null ? null : fold(p.organisation),
        sort_key: sortKey(p.full_name),
      })
      .where('id', '=', p.id)
      .execute();
    const words = searchWords(p.full_name, p.position, p.organisation);
    if (words.length > 0) {
      await db.insertInto('people_words').values(words.map((word) => ({ word, person_id: p.id }))).execute();
    }
  }

  for (const [name, table, columns] of [...FOREIGN_KEY_INDEXES, ...LIST_INDEXES]) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...FOREIGN_KEY_INDEXES, ...LIST_INDEXES]) await db.schema.dropIndex(name).execute();
  await db.schema.dropTable('people_words').execute();
  for (const column of ['sort_key', 'organisation_folded', 'name_folded']) {
    await db.schema.alterTable('people').dropColumn(column).execute();
  }
}
