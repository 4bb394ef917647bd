import type { ActionStatus } from '../../../electron/contract';

export const STATUS_ORDER: ActionStatus[] = [
  'overdue',
  'due_soon',
  'in_progress',
  'no_deadline',
  'on_hold',
  'done_on_time',
  'done_late',
];

export const STATUS_COLORS: Record<ActionStatus, string> = {
  overdue: 'red',
  due_soon: 'orange',
  in_progress: 'blue',
  no_deadline: 'gray',
  on_hold: 'yellow',
  done_on_time: 'green',
  done_late: 'teal',
};
