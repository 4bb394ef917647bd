/** dd/mm/yyyy from an ISO date or date-time ("2021-01-13" or "2021-01-13T08:00"). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** hh:mm from an ISO local date-time. */
export function formatTime(iso: string | null | undefined): string {
  const match = iso ? /T(\d{2}):(\d{2})/.exec(iso) : null;
  return match ? `${match[1]}:${match[2]}` : '';
}

/** Today's local date as YYYY-MM-DD. */
export function todayIso(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Day and month with the leading zeros official documents use. */
export function dateParts(iso: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  return { day, month, year };
}
