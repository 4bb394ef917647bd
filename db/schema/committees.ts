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
  /** The issuing body in capitals, as printed (0006). */
  issuing_body: string | null;
  /** Symbol in document numbers, e.g. "BCĐ" (0006). */
  symbol: string | null;
  /** IANA zone of the committee's documents; null: the archive's (0006). */
  time_zone: string | null;
  /** The current term's first day: Party-format document numbers restart with each term (0007). */
  term_started_on: string | null;
  created_at: string;
  updated_at: string;
}

/** A committee's ordered list of roles (0006); seeded with the defaults by a trigger. */
export interface CommitteeRolesTable {
  id: Generated<number>;
  committee_id: number;
  /** Stored by memberships.role; never changes once given. */
  code: string;
  name: string;
  /** 0 for the highest. */
  position: number;
  created_at: Generated<string>;
}
