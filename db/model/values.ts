// The value lists of the records, once: the zod enums (electron/contract), the db row types
// (db/schema), the form options (renderer) and the test of the SQL checks derive from these.
// Pure: this folder imports nothing, so both sides may import it.

/** Level of a steering committee (cấp tỉnh / huyện / xã / cơ quan). */
export const COMMITTEE_LEVELS = ['tinh', 'huyen', 'xa', 'co_quan'] as const;
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];

/** Which official format the committee's documents follow (DESIGN.md: state or Party). */
export const DOCUMENT_FORMATS = ['state', 'party'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * The default roles of a committee, highest first (a new committee starts with these; each
 * committee keeps its own editable, ordered list in committee_roles, migration 0006). A
 * membership stores its role's code: one of these or a code the clerk's list added.
 */
export const MEMBER_ROLES = ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky', 'to_giup_viec'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** A role's code in a committee's list: a default role or one the clerk added ("r7"). */
export type RoleCode = string;
/** The names the default roles start with (the clerk may rename them per committee). */
export const DEFAULT_ROLE_NAMES: Readonly<Record<MemberRole, string>> = {
  truong_ban: 'Trưởng ban',
  pho_truong_ban_thuong_truc: 'Phó Trưởng ban thường trực',
  pho_truong_ban: 'Phó Trưởng ban',
  uy_vien: 'Ủy viên',
  thu_ky: 'Thư ký',
  to_giup_viec: 'Tổ giúp việc',
};
/** The most roles one committee's list holds. */
export const MAX_COMMITTEE_ROLES = 30;

/** Kinds of warning a save may answer with (the record was saved; the clerk should look). */
export const SAVE_WARNINGS = ['duplicate_committee_name', 'possible_duplicate_person', 'already_member'] as const;
export type SaveWarningCode = (typeof SAVE_WARNINGS)[number];

/** A membership's assigned tasks (nhiệm vụ được phân công): at most this many characters. */
export const DUTY_MAX_LENGTH = 4000;

/** Decisions that found or reconstitute a committee (thành lập / kiện toàn / bổ sung). */
export const DECISION_KINDS = ['thanh_lap', 'kien_toan', 'bo_sung', 'khac'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** How the people list may be ordered: Vietnamese name order, or the newest first. */
export const PEOPLE_SORTS = ['name', 'newest'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** What the records core can refuse with (db/errors.ts): the hosts translate each for the clerk. */
export const ARCHIVE_ERROR_CODES = [
  'NOT_AN_ARCHIVE',
  'SCHEMA_TOO_NEW',
  'INTEGRITY_FAILED',
  'DRIVER_MISSING',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_EMPTY',
  /** An input the core checked and refused (e.g. rows of an import), with its issues in details.issues. */
  'VALIDATION',
  /** A record cannot be deleted while others refer to it. */
  'HAS_DEPENDENTS',
  /** The archive file does not exist (or is empty) and this act does not create one. */
  'ARCHIVE_MISSING',
  'ARCHIVE_EXISTS',
  'DISK_FULL',
  'READ_ONLY',
  /** Another program holds the archive (its lock file, or SQLite's write lock). */
  'LOCKED',
  'IO_ERROR',
  'CORRUPT',
  /** A file above its limit (attachments: ATTACHMENT_MAX_BYTES); nothing was stored. */
  'TOO_LARGE',
  // M2 (issue 8): minutes
  /** The minutes are finalized: changed only by an amendment. */
  'MINUTES_FINALIZED',
  /** A save started from an older revision of the draft (another window saved since). */
  'MINUTES_STALE',
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export const MINUTES_STATUSES = ['draft', 'finalized'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_VERSION_KINDS = ['original', 'amendment'] as const;
export type MinutesVersionKind = (typeof MINUTES_VERSION_KINDS)[number];

/** draft → issued → cancelled; a cancelled notice keeps its number (issue 9). */
export const CONCLUSION_STATUSES = ['draft', 'issued', 'cancelled'] as const;
export type ConclusionStatus = (typeof CONCLUSION_STATUSES)[number];

/** The government tracking vocabulary (DESIGN.md), derived and never typed by hand. */
export const ACTION_STATUSES = [
  'done_on_time', // Đã hoàn thành đúng hạn
  'done_late', // Đã hoàn thành quá hạn
  'in_progress', // Đang thực hiện trong hạn
  'overdue', // Đang thực hiện quá hạn
  'due_soon', // Sắp đến hạn
  'no_deadline', // Không thời hạn
  'on_hold', // Tạm dừng
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Interface languages. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which host serves the commands. */
export const HOSTS = ['electron', 'browser'] as const;
export type Host = (typeof HOSTS)[number];

/** Records whose history ("Lịch sử") the audit log gives. */
// C2 (issue 9): 'action' (its creation, changes, completion, hold and resume; progress notes are 'progress_update').
export const AUDITED_ENTITIES = ['committee', 'person', 'membership', 'decision', 'meeting', 'minutes', 'attachment', 'conclusion', 'action'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
