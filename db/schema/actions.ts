import type { Generated } from 'kysely';

/** A follow-up action (nhiệm vụ). Its status is derived, never stored. */
export interface ActionsTable {
  id: Generated<number>;
  committee_id: number;
  conclusion_item_id: number | null;
  title: string;
  description: string | null;
  deadline: string | null;
  completed_on: string | null;
  on_hold: number;
  hold_reason: string | null;
  /** The day the task was given (0014); '0001-01-01' for rows older than that. */
  assigned_on: Generated<string>;
  /** What proves the completion (0014). */
  evidence_text: string | null;
  evidence_attachment_id: number | null;
  created_at: string;
  updated_at: string;
}

/** The lead owner and co-owners: a member (person_id) or a unit (unit_name). */
export interface ActionOwnersTable {
  id: Generated<number>;
  action_id: number;
  person_id: number | null;
  unit_name: string | null;
  is_lead: number;
}

export interface ProgressUpdatesTable {
  id: Generated<number>;
  action_id: number;
  reported_on: string;
  text: string;
  attachment_id: number | null;
  created_at: string;
}

/** Done actions over every completion date, on time (late = 0) and late (late = 1); kept by triggers (0005). */
export interface ActionDoneCountsTable {
  late: number;
  n: number;
}
