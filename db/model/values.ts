// The value lists of the records, once: the zod enums (electron/contract), the db row types
// (db/schema), the form options (renderer) and the test of the SQL checks derive from these.
// Pure: this folder imports nothing, so both sides may import it.

/** Level of a steering committee (cấp tỉnh / huyện / xã / cơ quan). */
export const COMMITTEE_LEVELS = ['tinh', 'huyen', 'xa', 'co_quan'] as const;
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];

/** Which official format the committee's documents follow (DESIGN.md: state or Party). */
export const DOCUMENT_FORMATS = ['state', 'party'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Roles on a committee, highest first: also the order of a roster. */
export const MEMBER_ROLES = ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Decisions that found or reconstitute a committee (thành lập / kiện toàn / bổ sung). */
export const DECISION_KINDS = ['thanh_lap', 'kien_toan', 'bo_sung', 'khac'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const MEETING_KINDS = ['tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['draft', 'held', 'minutes_approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How the people list may be ordered: Vietnamese name order, or the newest first. */
export const PEOPLE_SORTS = ['name', 'newest'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export const MEETING_SORTS = ['newest', 'oldest'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

/** What the records core can refuse with (db/errors.ts): the hosts translate each for the clerk. */
export const ARCHIVE_ERROR_CODES = [
  'NOT_AN_ARCHIVE',
  'SCHEMA_TOO_NEW',
  'INTEGRITY_FAILED',
  'DRIVER_MISSING',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_EMPTY',
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
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'delegated'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const MINUTES_STATUSES = ['draft', 'finalized'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_VERSION_KINDS = ['original', 'amendment'] as const;
export type MinutesVersionKind = (typeof MINUTES_VERSION_KINDS)[number];

export const CONCLUSION_STATUSES = ['draft', 'issued'] as const;
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
