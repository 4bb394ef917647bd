// Display formats for the screens. The functions live once in db/model (through the
// contract), shared with the print views and the Word export.
export { formatDisplayDate as formatDate, officialDateLine, parseDisplayDate } from '../../electron/contract';

/** hh:mm from an ISO local date-time. */
export function formatTime(iso: string | null | undefined): string {
  const match = iso ? /T(\d{2}):(\d{2})/.exec(iso) : null;
  return match ? `${match[1]}:${match[2]}` : '';
}
