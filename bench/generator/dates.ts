// Dates of the generated archive: twenty years, as day numbers, shown as ISO strings.
// Fixed (not "today") so that the same seed always gives the same archive.

export const FIRST_DAY = '2006-12-01';
export const LAST_DAY = '2026-11-27';
const MS_PER_DAY = 86_400_000;
const epoch = Date.parse(`${FIRST_DAY}T00:00:00Z`);
export const DAYS = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - epoch) / MS_PER_DAY) + 1;

const cache: string[] = [];

/** Day number (0 = FIRST_DAY) to 'YYYY-MM-DD'; beyond the range works too (future deadlines). */
export function isoDay(day: number): string {
  const d = Math.round(day);
  if (d >= 0 && d < DAYS + 800) {
    return (cache[d] ??= new Date(epoch + d * MS_PER_DAY).toISOString().slice(0, 10));
  }
  return new Date(epoch + d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - epoch) / MS_PER_DAY);
}

/** A timestamp on that day within office hours (07:30–17:00, Vietnam time, stored UTC). */
export function isoTime(day: number, secondsIntoDay: number): string {
  const s = 1800 + (Math.floor(secondsIntoDay) % (9.5 * 3600)); // 00:30Z = 07:30 +07
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDay(day)}T${pad(h)}:${pad(m)}:${pad(sec)}.000Z`;
}

/** dd/mm/yyyy, as written in a document's text. */
export function shownDate(day: number): string {
  const [y, m, d] = isoDay(day).split('-');
  return `${d}/${m}/${y}`;
}
