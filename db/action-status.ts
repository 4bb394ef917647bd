/** The government tracking vocabulary (DESIGN.md), derived and never typed by hand. */
export type ActionStatus =
  | 'done_on_time' // Đã hoàn thành đúng hạn
  | 'done_late' // Đã hoàn thành quá hạn
  | 'in_progress' // Đang thực hiện trong hạn
  | 'overdue' // Đang thực hiện quá hạn
  | 'due_soon' // Sắp đến hạn
  | 'no_deadline' // Không thời hạn
  | 'on_hold'; // Tạm dừng

export const DUE_SOON_DAYS = 3;

export interface ActionDates {
  deadline: string | null;
  completedOn: string | null;
  onHold: boolean;
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
