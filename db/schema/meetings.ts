import type { Generated } from 'kysely';
import type { AttendanceStatus, MeetingKind, MeetingStatus } from '../model/index.js';

export type { AttendanceStatus, MeetingKind, MeetingStatus };

export interface MeetingsTable {
  id: Generated<number>;
  committee_id: number;
  kind: MeetingKind;
  title: string;
  /** Local date-time in the archive's time zone, "2021-01-13T08:00". */
  starts_at: string;
  ends_at: string | null;
  place: string | null;
  chair_person_id: number | null;
  secretary_person_id: number | null;
  status: Generated<MeetingStatus>;
  /** Set exactly when status is cancelled (0007). */
  cancel_reason: string | null;
  notes: string | null;
  /** The invitation's number (document_numbers, GM series) and date; both or neither (0007). */
  invitation_number_id: number | null;
  invited_on: string | null;
  /** What the issued invitation prints, frozen when its number is issued (0016); null before. */
  invitation_json: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  /** 1-based, unique per meeting. */
  position: number;
  title: string;
  presenter_person_id: number | null;
  /** A presenter who is not a person of the archive (0007); never with presenter_person_id. */
  presenter_name: string | null;
  planned_minutes: number | null;
  notes: string | null;
}

/** A guest invited to a meeting (0007). */
export interface MeetingGuestsTable {
  id: Generated<number>;
  meeting_id: number;
  /** 1-based, unique per meeting. */
  sort_order: number;
  full_name: string;
  position: string | null;
  organisation: string | null;
  created_at: Generated<string>;
}

/** A member's (person_id) or a guest's (guest_id) attendance; one row each per meeting (0007). */
export interface AttendanceTable {
  id: Generated<number>;
  meeting_id: number;
  person_id: number | null;
  guest_id: number | null;
  status: AttendanceStatus;
  reason: string | null;
  representative_name: string | null;
  representative_position: string | null;
  updated_at: Generated<string>;
}
