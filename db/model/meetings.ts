// Meetings: their value lists, the shapes the commands answer with, and the rules on them
// (status transitions, the attendance line). Plain data and pure functions; imports nothing
// outside this folder, so the renderer may bundle it.
import { isCalendarDate } from './dates.js';

/** Kinds of meeting (tổng kết, sơ kết, định kỳ, đột xuất, chuyên đề). */
export const MEETING_KINDS = ['tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * A meeting's life: draft → invited → held → minutes_finalized; cancelled (with a reason)
 * from draft or invited. Migration 0007 maps the old statuses: held → held,
 * minutes_approved → minutes_finalized.
 */
export const MEETING_STATUSES = ['draft', 'invited', 'held', 'minutes_finalized', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The allowed moves of meetings.setStatus; every other one is refused (VALIDATION on `status`). */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  draft: ['invited', 'held', 'cancelled'],
  invited: ['held', 'cancelled'],
  held: ['minutes_finalized'],
  minutes_finalized: [],
  cancelled: [],
};

export function canMoveMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** The issue message of a refused status change (path `status`) and of a cancel without a reason (path `reason`). */
export const MEETING_STATUS_REFUSED = 'status_transition';
/** The issue message of asking for "minutes finalized" by hand: it follows the minutes' finalizing. */
export const MINUTES_NOT_FINALIZED = 'finalize_minutes_first';

/** The steps the clerk takes by hand (the meeting page's buttons): "minutes finalized" comes from the minutes. */
export function manualSteps(from: MeetingStatus): readonly MeetingStatus[] {
  return MEETING_TRANSITIONS[from].filter((s) => s !== 'minutes_finalized');
}

export const MEETING_SORTS = ['newest', 'oldest'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

/**
 * A member's (or guest's) attendance: present, absent (with a reason), or represented by
 * someone (name, position). No row: not recorded yet.
 */
export const ATTENDANCE_STATUSES = ['present', 'absent', 'represented'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** At most this many agenda items, guests, and attendance rows in one attendance.set. */
export const AGENDA_MAX_ITEMS = 100;
export const MEETING_MAX_GUESTS = 300;
export const ATTENDANCE_MAX_ROWS = 500;

/** One row of meetings.list. */
export interface MeetingSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  kind: MeetingKind;
  title: string;
  /** Local date-time in the archive's time zone, "2021-01-13T08:00". */
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  chairName: string | null;
  status: MeetingStatus;
  conclusionCount: number;
}

/** A meeting as stored, with the names of its chair and secretary. */
export interface Meeting {
  id: number;
  committeeId: number;
  committeeName: string;
  kind: MeetingKind;
  title: string;
  /** Local date-time (YYYY-MM-DDTHH:MM) in the archive's time zone. */
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  chairPersonId: number | null;
  chairName: string | null;
  /** The chair's position on the meeting day (the membership's, else the person's). */
  chairPosition: string | null;
  secretaryPersonId: number | null;
  secretaryName: string | null;
  secretaryPosition: string | null;
  status: MeetingStatus;
  /** Why it was cancelled; null unless status is cancelled. */
  cancelReason: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One agenda item; the agenda is ordered by `order` (1, 2, 3 ...). */
export interface AgendaItem {
  id: number;
  meetingId: number;
  /** 1-based place in the agenda. */
  order: number;
  title: string;
  /** The presenter when a person of the archive (a member); null for a free name or none. */
  presenterPersonId: number | null;
  /** The presenter's name: the person's full name, or the free name typed; null: none. */
  presenterName: string | null;
  plannedMinutes: number | null;
  notes: string | null;
}

/** A guest invited to the meeting (not on the roster). */
export interface MeetingGuest {
  id: number;
  meetingId: number;
  /** 1-based place in the list of guests. */
  order: number;
  fullName: string;
  position: string | null;
  organisation: string | null;
}

/** Someone the invitation goes to: a member on the meeting day's roster, or a guest. */
export type Invitee =
  | {
      kind: 'member';
      personId: number;
      membershipId: number;
      fullName: string;
      /** The position on the meeting day (the membership's). */
      position: string | null;
      organisation: string | null;
      roleName: string;
    }
  | { kind: 'guest'; guestId: number; fullName: string; position: string | null; organisation: string | null };

/** A number of the invitation (giấy mời), from the committee's GM series. */
export interface Invitation {
  meetingId: number;
  documentNumberId: number;
  number: number;
  /** As printed: "Số: 01/GM-BCĐ" (state) or "Số 01-GM/BCĐ" (Party). */
  symbol: string;
  /** YYYY-MM-DD: the invitation's date. */
  issuedOn: string;
}

/** "có mặt x/y": x members present, y members on the meeting day's roster. */
export interface AttendanceSummary {
  /** y: members on the roster of the meeting day. */
  members: number;
  /** x: members present in person. */
  present: number;
  represented: number;
  absent: number;
  /** Members whose attendance is not recorded yet. */
  unrecorded: number;
  guests: number;
  guestsPresent: number;
}

/** One line of the attendance sheet: a member of that day's roster or a guest, with its current state. */
export interface AttendanceRow {
  kind: 'member' | 'guest';
  /** Set for a member. */
  personId: number | null;
  /** Set for a guest. */
  guestId: number | null;
  fullName: string;
  position: string | null;
  organisation: string | null;
  /** The member's role name on that day; null for a guest. */
  roleName: string | null;
  /** null: not recorded yet. */
  status: AttendanceStatus | null;
  /** Why absent (absent only). */
  reason: string | null;
  /** Who came instead (represented only). */
  representativeName: string | null;
  representativePosition: string | null;
}

export interface AttendanceSheet {
  meetingId: number;
  /** The roster's day: the meeting's date. */
  asOf: string;
  rows: AttendanceRow[];
  summary: AttendanceSummary;
}

/** meetings.get: the meeting with its agenda, guests, attendance summary and invitation. */
export interface MeetingDetail extends Meeting {
  agenda: AgendaItem[];
  guests: MeetingGuest[];
  attendance: AttendanceSummary;
  invitation: Invitation | null;
}

/** The day (YYYY-MM-DD) of a local date-time "YYYY-MM-DDTHH:MM". */
export const meetingDay = (startsAt: string): string => startsAt.slice(0, 10);

/** "có mặt 12/15" as shown and printed. */
export function attendanceLine(s: Pick<AttendanceSummary, 'present' | 'members'>): string {
  return `có mặt ${s.present}/${s.members}`;
}

/** "YYYY-MM-DDTHH:MM" naming a real day and time (the archive's time zone, no offset). */
export function isLocalDateTime(v: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(v);
  return m !== null && isCalendarDate(m[1] as string) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/** meetings.invitees: the roster of the meeting day, then the guests. */
export interface InviteeList {
  meetingId: number;
  /** The roster's day: the meeting's date. */
  asOf: string;
  invitees: Invitee[];
  /** The roster had more members than the roster's limit: only the first ones are listed. */
  truncated: boolean;
}

/** Statuses in which the meeting, its agenda, guests and attendance may still change. */
/** An invitation is dated at most this many days before its meeting's day (and never after it). */
export const INVITATION_LEAD_DAYS_MAX = 366;

export const MEETING_EDITABLE_STATUSES: readonly MeetingStatus[] = ['draft', 'invited', 'held'];
/** The issue message when a change is refused because of the meeting's status (path `status`). */
export const MEETING_LOCKED = 'meeting_locked';
