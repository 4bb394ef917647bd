import type { Generated } from 'kysely';

/** What a committee was called before `until_date` (exclusive); the current ones are in committees (0011). */
export interface CommitteeNamesTable {
  id: Generated<number>;
  committee_id: number;
  name: string;
  issuing_body: string | null;
  parent_body: string | null;
  until_date: string;
  created_at: string;
}
