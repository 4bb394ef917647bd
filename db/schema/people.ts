import type { Generated } from 'kysely';

export interface PeopleTable {
  id: Generated<number>;
  full_name: string;
  /** Post held, e.g. "Phó Bí thư Tỉnh ủy". */
  position: string | null;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** fold(full_name), kept by db/people.ts on every write (migration 0004). */
  name_folded: string | null;
  organisation_folded: string | null;
  /** vietnameseSortKey(full_name): given name first, folded, then the marks. */
  sort_key: string | null;
  /** 1, or 0 once marked inactive (0006). */
  active: Generated<number>;
}

/** The folded words of a person's name, position and organisation: word-prefix search. */
export interface PeopleWordsTable {
  word: string;
  person_id: number;
}
