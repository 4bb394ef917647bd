import type { Generated } from 'kysely';
import type { MinutesStatus, MinutesVersionKind } from '../model/index.js';

export type { MinutesStatus, MinutesVersionKind };

/** Minutes (biên bản, Mẫu 1.9): structured fields plus a rich-text body kept as editor JSON. */
export interface MinutesTable {
  id: Generated<number>;
  meeting_id: number;
  status: MinutesStatus;
  /** JSON of the structured fields (opened/closed time, place, chair, secretary...). */
  fields_json: string;
  /** Editor document JSON, never raw HTML. */
  body_json: string;
  finalized_at: string | null;
  /** Saves of the draft so far (0008): a save names the revision it started from. */
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** Locked versions: the finalized original and every later amendment. */
export interface MinutesVersionsTable {
  id: Generated<number>;
  minutes_id: number;
  version: number;
  kind: MinutesVersionKind;
  fields_json: string;
  body_json: string;
  reason: string | null;
  /** The archive's day the version was made (0008). */
  made_on: string | null;
  /** Who made it (0008). */
  actor: string | null;
  /** What the printed minutes show besides the body, frozen when the version was made (0012; null before). */
  document_json: string | null;
  created_at: string;
}
