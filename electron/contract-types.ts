// Result types of the commands in contract.ts. Plain data only: no Node, no DOM.

export type CommitteeLevel = 'tinh' | 'huyen' | 'xa' | 'co_quan';
export type DocumentFormat = 'state' | 'party';
export type MemberRole = 'truong_ban' | 'pho_truong_ban_thuong_truc' | 'pho_truong_ban' | 'uy_vien' | 'thu_ky';
export type MeetingKind = 'tong_ket' | 'so_ket' | 'dinh_ky' | 'dot_xuat' | 'chuyen_de';
export type MeetingStatus = 'draft' | 'held' | 'minutes_approved';
export type ActionStatus =
  | 'done_on_time'
  | 'done_late'
  | 'in_progress'
  | 'overdue'
  | 'due_soon'
  | 'no_deadline'
  | 'on_hold';

export interface Committee {
  id: number;
  name: string;
  shortName: string | null;
  level: CommitteeLevel;
  parentBody: string | null;
  parentCommitteeId: number | null;
  placeName: string | null;
  documentFormat: DocumentFormat;
  conclusionSymbol: string | null;
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
  createdAt: string;
  updatedAt: string;
}

export interface PersonDetail extends Person {
  memberships: Array<{
    id: number;
    committeeId: number;
    committeeName: string;
    role: MemberRole;
    fromDate: string;
    toDate: string | null;
  }>;
}

export interface RosterMember {
  membershipId: number;
  personId: number;
  fullName: string;
  position: string | null;
  organisation: string | null;
  role: MemberRole;
  duty: string | null;
  fromDate: string;
  toDate: string | null;
  decisionNumber: string | null;
}

export interface Roster {
  committee: Committee;
  asOf: string;
  members: RosterMember[];
  /** More than ROSTER_MAX_MEMBERS members on the day: only the first ones are listed. */
  truncated: boolean;
}

export interface MeetingSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  chairName: string | null;
  status: MeetingStatus;
  conclusionCount: number;
}

export interface DashboardCounts {
  asOf: string;
  committees: number;
  people: number;
  activeMembers: number;
  meetings: number;
  conclusions: number;
  actions: Record<ActionStatus, number> & { total: number; open: number };
}

export type IntegrityState =
  | { status: 'checking' }
  | { status: 'ok' }
  | { status: 'failed'; problems: string[] };

export interface ArchiveStatus {
  file: string;
  schemaVersion: number;
  integrity: IntegrityState;
  /** 'electron' or 'browser': which host serves the commands. */
  host: 'electron' | 'browser';
}
