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
}
