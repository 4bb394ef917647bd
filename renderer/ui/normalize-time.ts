/**
 * A typed time as HH:MM, or null when it is not one. Accepts "08:00", "8:00", "8h", "8h30",
 * "8g30" (giờ), "0830" and "8.30"; hours 0–23, minutes 0–59.
 */
export function normalizeTime(typed: string): string | null {
  const m = /^(\d{1,2})(?:\s*[:hg.]\s*(\d{2})?|(\d{2}))?$/i.exec(typed.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
