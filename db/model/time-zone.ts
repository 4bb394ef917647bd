// "Today" has one owner: the main side, in the archive's time zone (DESIGN.md). These are the
// pure parts: which zone names are valid, and the calendar day of an instant in a zone.

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An IANA zone name this runtime knows ("Asia/Ho_Chi_Minh", "UTC"); not an offset or an alias of nothing. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) of `instant` in `timeZone`. */
export function todayIn(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}
