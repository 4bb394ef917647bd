// The minutes (biên bản, Mẫu 1.9) as both sides see them: structured fields, the rich-text
// body, the draft's revision and the locked versions.
import type { RichTextDoc } from './rich-text.js';
import type { MinutesStatus, MinutesVersionKind } from './values.js';

/** The structured parts of Mẫu 1.9; each defaults from the meeting until the clerk edits it. */
export interface MinutesFields {
  /** Opening time, local "YYYY-MM-DDTHH:MM". */
  openedAt: string | null;
  /** Closing time ("Cuộc họp kết thúc vào … giờ …"), local "YYYY-MM-DDTHH:MM". */
  closedAt: string | null;
  place: string | null;
  /** Who attended, as written in the minutes ("Có mặt 12/15 thành viên…"). */
  attendees: string | null;
  /** The chair as written (name and position). */
  chair: string | null;
  secretary: string | null;
}
export const MINUTES_FIELD_NAMES = ['openedAt', 'closedAt', 'place', 'attendees', 'chair', 'secretary'] as const satisfies ReadonlyArray<keyof MinutesFields>;

// FA (issue 8 cold review): the issue messages of a refused finalize or save (VALIDATION).
/** Finalizing minutes of a meeting whose day is after today (path `meeting`). */
export const MINUTES_MEETING_NOT_HELD = 'meeting_not_yet_held';
/** The closing time before the opening time (path `fields.closedAt`): the meetings' own message. */
export const MINUTES_CLOSED_BEFORE_OPENED = 'ends_before_start';
/** Writing minutes of a cancelled meeting (path `meeting`). */
export const MINUTES_MEETING_CANCELLED = 'meeting_cancelled';

export interface MinutesVersionSummary {
  id: number;
  version: number;
  kind: MinutesVersionKind;
  /** Why the amendment was made (null for the original). */
  reason: string | null;
  /** The archive's day it was made (ISO). */
  madeOn: string | null;
  actor: string | null;
  createdAt: string;
}

export interface MinutesVersion extends MinutesVersionSummary {
  meetingId: number;
  fields: MinutesFields;
  body: RichTextDoc;
}

export interface Minutes {
  meetingId: number;
  meetingTitle: string;
  /** Null until the first save. */
  id: number | null;
  status: MinutesStatus;
  /**
   * What the next write names as `expectedRevision`: while a draft, the draft's revision (0
   * before the first save); once finalized, the number of the latest version (an amendment).
   */
  revision: number;
  /** The draft (or, once finalized, the latest version's) fields and body. */
  fields: MinutesFields;
  body: RichTextDoc;
  /** When the draft was last saved (ISO instant) and that time in the archive's zone ("14:32"). */
  savedAt: string | null;
  savedTime: string | null;
  finalizedAt: string | null;
  /** Oldest first: the original, then each amendment. */
  versions: MinutesVersionSummary[];
}

export interface MinutesSaved {
  revision: number;
  savedAt: string;
  savedTime: string;
}

/** Two versions side by side (minutes.compare). */
export interface MinutesComparison {
  left: MinutesVersion;
  right: MinutesVersion;
}
