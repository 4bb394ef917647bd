import type { AttendanceStatus } from '../../../electron/contract';

// Fast entry on the attendance sheet: one key per state, in Vietnamese (Có mặt, Vắng, cử
// người dự Thay) and in English (Present, Absent, Represented).
const KEYS: Record<string, AttendanceStatus> = { c: 'present', p: 'present', v: 'absent', a: 'absent', t: 'represented', r: 'represented' };

/** The state a key press on a row sets, or null (typing in a box, a modifier held, another key). */
export function statusForKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, typingInBox: boolean): AttendanceStatus | null {
  if (typingInBox || event.altKey || event.ctrlKey || event.metaKey) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}
