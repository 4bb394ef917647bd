import type { Generated } from 'kysely';

export type MemberRole = 'truong_ban' | 'pho_truong_ban_thuong_truc' | 'pho_truong_ban' | 'uy_vien' | 'thu_ky';

export interface MembershipsTable {
  id: Generated<number>;
  person_id: number;
  committee_id: number;
  role: MemberRole;
  /** The member's assigned duty (phân công nhiệm vụ). */
  duty: string | null;
  from_date: string;
  /** Exclusive end; null while the membership lasts. */
  to_date: string | null;
  decision_id: number | null;
  end_decision_id: number | null;
  created_at: string;
}
