import type { Generated } from 'kysely';
import type { ConclusionStatus } from '../model/index.js';

export type { ConclusionStatus };

/** Conclusion notice (thông báo kết luận). */
export interface ConclusionsTable {
  id: Generated<number>;
  committee_id: number;
  meeting_id: number | null;
  /** Number in the committee's series for the year; null while a draft. */
  number: number | null;
  issued_on: string | null;
  title: string;
  signer_person_id: number | null;
  /** e.g. "TRƯỞNG BAN" under "TM. BAN CHỈ ĐẠO". */
  signer_title: string | null;
  /** Opening paragraph before the numbered items. */
  preamble: string | null;
  /** JSON array of recipient lines (nơi nhận). */
  recipients_json: string;
  status: ConclusionStatus;
  created_at: string;
  updated_at: string;
}

export interface ConclusionItemsTable {
  id: Generated<number>;
  conclusion_id: number;
  position: number;
  text: string;
}
