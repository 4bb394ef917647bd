import type { Generated } from 'kysely';
import type { AttendanceStatus, MeetingKind, MeetingStatus } from '../model/index.js';

export type { AttendanceStatus, MeetingKind, MeetingStatus };

export interface MeetingsTable {
  id: Generated<number>;
  committee_id: number;
  kind: MeetingKind;
  title: string;
  /** ISO local date-time, "2021-01-13T08:00". */
  starts_at: string;
  ends_at: string | null;
  place: string | null;
  chair_person_id: number | null;
  secretary_person_id: number | null;
  status: MeetingStatus;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  title: string;
  presenter_person_id: number | null;
  notes: string | null;
}

/** A member's attendance (person_id) or an invited guest (guest_name). */
export interface AttendanceTable {
  id: Generated<number>;
  meeting_id: number;
  person_id: number | null;
  guest_name: string | null;
  guest_title: string | null;
  status: AttendanceStatus;
  reason: string | null;
  delegate_name: string | null;
}
