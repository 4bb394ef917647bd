import { formatDate } from '../../ui/format';

/** dd/mm/yyyy hh:mm of an audit timestamp, in the clerk's time zone (the browser's). */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${formatDate(day)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
