import type { Generated } from 'kysely';
import type { CommitteeLevel, DocumentFormat } from '../model/index.js';

export type { CommitteeLevel, DocumentFormat };

export interface CommitteesTable {
  id: Generated<number>;
  name: string;
  short_name: string | null;
  level: CommitteeLevel;
  /** The body the committee sits under, e.g. "Tỉnh ủy Thanh Hóa". */
  parent_body: string | null;
  parent_committee_id: number | null;
  /** Place name for the date line ("Thanh Hóa, ngày ..."). */
  place_name: string | null;
  document_format: Generated<DocumentFormat>;
  /** Symbol of the conclusion series, e.g. "TB-BCĐ" (state) or "TB/BCĐ" (Party). */
  conclusion_symbol: string | null;
  created_at: string;
  updated_at: string;
}
