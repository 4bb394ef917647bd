import type { MeetingDetail } from '../../../electron/contract';
import { formatDate, formatTime } from '../../ui/format';

/** "13/01/2021 08:00–11:30" (with the end's day too when it differs). */
export function meetingWhen(m: Pick<MeetingDetail, 'startsAt' | 'endsAt'>): string {
  const start = `${formatDate(m.startsAt)} ${formatTime(m.startsAt)}`;
  if (!m.endsAt) return start;
  return m.endsAt.slice(0, 10) === m.startsAt.slice(0, 10) ? `${start}–${formatTime(m.endsAt)}` : `${start} – ${formatDate(m.endsAt)} ${formatTime(m.endsAt)}`;
}
