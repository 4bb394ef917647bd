import type { Generated } from 'kysely';
import type { ConclusionStatus, SigningForm } from '../model/index.js';

export type { ConclusionStatus };

/** Conclusion notice (thông báo kết luận), as of 0013. */
export interface ConclusionsTable {
  id: Generated<number>;
  committee_id: number;
  meeting_id: number | null;
  /** Its number in the committee's TB series (document_numbers); null while a draft. */
  document_number_id: number | null;
  /** The notice's date: a draft's intended date, the issue date once issued. */
  issued_on: string;
  /** The summary line under "THÔNG BÁO" (trích yếu). */
  title: string;
  signer_person_id: number | null;
  signing_form: Generated<SigningForm>;
  /** e.g. "TRƯỞNG BAN" under "TM. BAN CHỈ ĐẠO". */
  signer_title: string | null;
  /** Opening paragraph before the numbered items. */
  preamble: string | null;
  /** JSON array of recipient lines (nơi nhận). */
  recipients_json: string;
  status: ConclusionStatus;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConclusionItemsTable {
  id: Generated<number>;
  conclusion_id: number;
  position: number;
  text: string;
  /** JSON array of the directive's sub-points. */
  sub_points_json: Generated<string>;
}
