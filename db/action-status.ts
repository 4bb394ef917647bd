import type { ActionStatus } from './model/index.js';

/** The government tracking vocabulary (DESIGN.md, db/model): derived and never typed by hand. */
export type { ActionStatus };

export const DUE_SOON_DAYS = 3;

export interface ActionDates {
  deadline: string | null;
  completedOn: string | null;
  onHold: boolean;
  /** The day the task was given (0014): before it the action does not exist. */
  assignedOn?: string | null;
}

/** The ISO day `days` after `iso` (calendar days, UTC arithmetic on dates only). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Status of an action as of `today` (YYYY-MM-DD); dates compare as ISO strings. A completion
 * dated after `today` had not happened yet on that day, so the action counts as open.
 */
export function deriveActionStatus(a: ActionDates, today: string, dueSoonDays = DUE_SOON_DAYS): ActionStatus {
  if (a.completedOn && a.completedOn <= today) {
    return a.deadline === null || a.completedOn <= a.deadline ? 'done_on_time' : 'done_late';
  }
  if (a.onHold) return 'on_hold';
  if (a.deadline === null) return 'no_deadline';
  if (a.deadline < today) return 'overdue';
  return daysBetween(today, a.deadline) <= dueSoonDays ? 'due_soon' : 'in_progress';
}

/** Status as of `asOf`, or null when the action had not been given yet on that day. */
export function actionStatusAsOf(a: ActionDates, asOf: string, dueSoonDays = DUE_SOON_DAYS): ActionStatus | null {
  if (a.assignedOn && asOf < a.assignedOn) return null;
  return deriveActionStatus(a, asOf, dueSoonDays);
}
