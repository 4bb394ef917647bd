// The roster's records as the commands return them (issue 7): roles, memberships,
// decisions, reconstitution, histories. Plain data only; one definition for both sides.
import type { Committee, PersonDetail, Roster, RosterMember } from './entities.js';
import type { DecisionKind, RoleCode, SaveWarningCode } from './values.js';

/** Something the clerk should look at after a save that succeeded (never a refusal). */
export interface SaveWarning {
  code: SaveWarningCode;
  /** English, for logs; the UI words it from the code. */
  message: string;
  /** The records concerned (the committee with the same name, the likely duplicate person). */
  ids: number[];
}

/** A saved record and what the clerk should look at. */
export type Saved<T> = T & { warnings: SaveWarning[] };

export type CommitteeSaved = Saved<Committee>;

/** One role of a committee's ordered list. */
export interface CommitteeRole {
  code: RoleCode;
  name: string;
  /** 0 for the highest; the order of a roster. */
  position: number;
  /** Memberships of this committee (past or present) with this role: a role in use cannot be removed. */
  memberships: number;
}

/** The scanned file of a decision, stored in the archive (attachments; its bytes stream on the hosts' file routes). */
export interface DecisionFileInfo {
  attachmentId: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** A decision that founds, reconstitutes or completes a committee ("25-QĐ/TU"). */
export interface Decision {
  id: number;
  committeeId: number;
  kind: DecisionKind;
  /** Number and symbol as written: "25-QĐ/TU". */
  number: string;
  /** YYYY-MM-DD. */
  signedOn: string;
  /** The body that issued it ("Tỉnh ủy Thanh Hóa"). */
  issuingBody: string | null;
  /** Who signed it (name). */
  signer: string | null;
  /** The signer's title as written ("Bí thư"). */
  signerTitle: string | null;
  summary: string | null;
  file: DecisionFileInfo | null;
  createdAt: string;
}

/** A membership with its names resolved: person × committee × role × dates × decisions. */
export interface Membership {
  id: number;
  personId: number;
  fullName: string;
  committeeId: number;
  committeeName: string;
  role: RoleCode;
  roleName: string;
  /** The position written in the appointing decision. */
  position: string | null;
  /** Assigned tasks (nhiệm vụ được phân công). */
  duty: string | null;
  fromDate: string;
  /** Exclusive: the first day the member is no longer on the roster; null while it lasts. */
  toDate: string | null;
  decisionId: number | null;
  decisionNumber: string | null;
  endDecisionId: number | null;
  endDecisionNumber: string | null;
}

/** A committee's history: one decision and the memberships it started and ended. */
export interface DecisionChanges {
  decision: Decision;
  started: Membership[];
  ended: Membership[];
}

/** One reconstitution, previewed: the roster on its date without and with the decision. */
export interface ReconstitutionPreview {
  committeeId: number;
  effectiveDate: string;
  before: RosterMember[];
  after: RosterMember[];
  /** Memberships the decision ends (those it changes included). */
  ending: number[];
  warnings: SaveWarning[];
}

export interface ReconstitutionResult {
  decision: Decision;
  /** Memberships ended by the decision. */
  ended: number[];
  /** Memberships the decision started (new members and changed ones). */
  started: number[];
  roster: Roster;
  warnings: SaveWarning[];
}

export interface PersonMergeResult {
  person: PersonDetail;
  /** Where references moved from the merged person, e.g. { 'memberships.person_id': 3 }. */
  moved: Record<string, number>;
}

/** One entry of a record's history ("Lịch sử"), from the audit log. */
export interface AuditRecord {
  id: number;
  /** ISO timestamp (UTC). */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  /** What was written, as the audit log holds it. */
  detail: unknown;
}

/**
 * Why the core refused, with what the clerk needs to read it (CommandError.detail): the UI
 * words it from `kind` in the clerk's language.
 */
export type RefusalDetail =
  | {
      /** A membership ended on or before the day it started ("relieved before appointed"). */
      kind: 'ends_before_start';
      fullName: string;
      /** YYYY-MM-DD: the first day of the term. */
      fromDate: string;
      /** YYYY-MM-DD: the end asked for (exclusive). */
      toDate: string;
    }
  | {
      /** Two people cannot be merged: both sit on one committee over overlapping, different terms. */
      kind: 'merge_overlapping_terms';
      committeeId: number;
      committee: string;
      /** The kept person's and the merged person's names. */
      keptName: string;
      mergedName: string;
      /** Both terms, YYYY-MM-DD; a null end is still in office. */
      kept: { fromDate: string; toDate: string | null };
      merged: { fromDate: string; toDate: string | null };
    }
  | {
      /** FB (issue 8 review): a document number's date out of its series' order (db/document-numbers.ts). */
      kind: 'number_date';
      /** after_today, before_previous_number or after_next_number (the message). */
      reason: 'after_today' | 'before_previous_number' | 'after_next_number';
      /** YYYY-MM-DD: the date asked for. */
      issuedOn: string;
      /** YYYY-MM-DD: the bound it crossed (today, the previous number's date, the next number's date). */
      limit: string;
    };
