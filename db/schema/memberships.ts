import type { Generated } from 'kysely';
import type { RoleCode } from '../model/index.js';

export interface MembershipsTable {
  id: Generated<number>;
  person_id: number;
  committee_id: number;
  /** The role's code in the committee's list (committee_roles, 0006). */
  role: RoleCode;
  /** The position written in the decision that made the membership (a past roster shows it). */
  position: string | null;
  /** The member's assigned duty (phân công nhiệm vụ). */
  duty: string | null;
  from_date: string;
  /** Exclusive end; null while the membership lasts. */
  to_date: string | null;
  decision_id: number | null;
  end_decision_id: number | null;
  created_at: string;
}
