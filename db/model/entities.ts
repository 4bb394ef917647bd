// The records as the commands return them: one definition for the core (db/), the contract
// and the renderer. Plain data only.
import type { ActionStatus, CommitteeLevel, DocumentFormat, Host, RoleCode } from './values.js';

export interface Committee {
  id: number;
  name: string;
  shortName: string | null;
  level: CommitteeLevel;
  parentBody: string | null;
  parentCommitteeId: number | null;
  /** Place name for the date line ("Thanh Hóa, ngày ..."). */
  placeName: string | null;
  documentFormat: DocumentFormat;
  conclusionSymbol: string | null;
  /** The issuing body as printed in the header, in capitals ("BAN CHỈ ĐẠO"); null: the name in capitals. */
  issuingBody: string | null;
  /** The committee's symbol in document numbers, e.g. "BCĐ". */
  symbol: string | null;
  /** IANA time zone of the committee's documents; null: the archive's (archive.timeZone). */
  timeZone: string | null;
  /** Members on the roster today. */
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  id: number;
  fullName: string;
  position: string | null;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  /** False once the clerk marked the person inactive (a person other records name is never deleted). */
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PersonMembership {
  id: number;
  committeeId: number;
  committeeName: string;
  role: RoleCode;
  /** The role's name in the committee's list ("Phó Trưởng ban"). */
  roleName: string;
  /** The position written in the decision that made the membership. */
  position: string | null;
  fromDate: string;
  toDate: string | null;
}

export interface PersonDetail extends Person {
  memberships: PersonMembership[];
}

export interface RosterMember {
  membershipId: number;
  personId: number;
  /** The person's name on the roster's day (person_names), not necessarily today's. */
  fullName: string;
  /**
   * The position the member held when appointed (the membership's), not today's; when the
   * decision left it blank, the person's position (db/roster.ts rosterMembers, the one place).
   */
  position: string | null;
  organisation: string | null;
  role: RoleCode;
  /** The role's name in the committee's list ("Phó Trưởng ban"). */
  roleName: string;
  duty: string | null;
  fromDate: string;
  /** Exclusive: the first day the member is no longer on the roster; null while it lasts. */
  toDate: string | null;
  decisionId: number | null;
  decisionNumber: string | null;
  decisionSignedOn: string | null;
}

export interface Roster {
  committee: Committee;
  asOf: string;
  members: RosterMember[];
  /** More than ROSTER_MAX_MEMBERS members on the day: only the first ones are listed. */
  truncated: boolean;
}

export interface DashboardCounts {
  asOf: string;
  committees: number;
  people: number;
  /** Memberships in force on `asOf`, over all committees. */
  activeMembers: number;
  meetings: number;
  conclusions: number;
  actions: Record<ActionStatus, number> & { total: number; open: number };
}

export type IntegrityState = { status: 'checking' } | { status: 'ok' } | { status: 'failed'; problems: string[] };

export interface ArchiveStatus {
  file: string;
  schemaVersion: number;
  integrity: IntegrityState;
  /** The file or its folder cannot be written: changes are refused with READ_ONLY. */
  readOnly: boolean;
  /** Which host serves the commands. */
  host: Host;
}

/** Today in the archive's time zone, as the main side computes it (the one owner of "today"). */
export interface Today {
  /** YYYY-MM-DD. */
  today: string;
  /** IANA zone, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
}

/** The audit log's hash chain, verified entry by entry (db/audit-chain.ts). */
export type AuditChainState =
  | { status: 'ok'; entries: number; head: string }
  | { status: 'broken'; entries: number; entryId: number | null; reason: string };
