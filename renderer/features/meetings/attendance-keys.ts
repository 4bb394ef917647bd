import type { AttendanceStatus } from '../../../electron/contract';

// Fast entry on the attendance sheet: one key per state, in Vietnamese (Có mặt, Vắng, cử
// người dự Thay) and in English (Present, Absent, Represented).
const KEYS: Record<string, AttendanceStatus> = { c: 'present', p: 'present', v: 'absent', a: 'absent', t: 'represented', r: 'represented' };

const NOT_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden']);

/** Where letters are text, not shortcuts: a text-like input (not a radio, checkbox or button), a text area, an editable block. */
export function isTypingTarget(el: { tagName?: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
}

/** The state a key press on a row sets, or null (typing in a box, a modifier held, another key). */
export function statusForKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, typingInBox: boolean): AttendanceStatus | null {
  if (typingInBox || event.altKey || event.ctrlKey || event.metaKey) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}
