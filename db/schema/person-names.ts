import type { Generated } from 'kysely';

/** A name a person bore before `until_date` (exclusive); the current one is people.full_name (0010). */
export interface PersonNamesTable {
  id: Generated<number>;
  person_id: number;
  full_name: string;
  until_date: string;
  created_at: string;
}
