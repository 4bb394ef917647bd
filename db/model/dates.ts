// Dates: stored ISO (YYYY-MM-DD), shown dd/mm/yyyy, printed on official documents as
// "ngày 05 tháng 3 năm 2021". Pure functions, shared by the contract, the screens, the print
// views and (later) the Word export.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real day of the calendar: refuses 31/02 and month 13 instead of rolling them over. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** YYYY-MM-DD naming a day that exists ("2021-02-31" does not). */
export function isCalendarDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * What the clerk typed, dd/mm/yyyy (1 or 2 digits for day and month; "/", "." or "-"), as
 * YYYY-MM-DD; null when it is not a day of the calendar ("31/02/2021", "13/13/2021").
 */
export function parseDisplayDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** dd/mm/yyyy from an ISO date or date-time ("2021-01-13" or "2021-01-13T08:00"). */
export function formatDisplayDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Day, month and year as official documents write them (NĐ 30/2020, HD 36-HD/VPTW): a
 * leading zero only for days under 10 and for months 1 and 2 ("ngày 05 tháng 3",
 * "ngày 13 tháng 01", "ngày 20 tháng 10").
 */
export function officialDateParts(iso: string): { day: string; month: string; year: string } {
  const m = ISO_DATE.exec(iso.slice(0, 10));
  if (!m || !isCalendarDate(m[0])) throw new RangeError(`not a date: ${iso}`);
  const day = Number(m[3]);
  const month = Number(m[2]);
  return { day: pad2(day), month: month <= 2 ? pad2(month) : String(month), year: m[1] as string };
}

/** "Thanh Hóa, ngày 13 tháng 01 năm 2021" (or without the place when there is none). */
export function officialDateLine(iso: string, place?: string | null): string {
  const { day, month, year } = officialDateParts(iso);
  const date = `ngày ${day} tháng ${month} năm ${year}`;
  return place ? `${place}, ${date}` : date;
}
