import { formatDate } from '../../ui/format';

/**
 * dd/mm/yyyy hh:mm of an audit timestamp (UTC) in the archive's time zone (clock.today's),
 * not the machine's: the log reads the same on every computer that opens the archive.
 */
export function formatDateTime(iso: string, timeZone: string | undefined): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDate(`${part('year')}-${part('month')}-${part('day')}`)} ${part('hour')}:${part('minute')}`;
}

/** The words of an entry: finalizing and amending the minutes by name when the detail says so. */
export function auditLabel(entry: { action: string; entity: string; detail: unknown }): { key: string; values: Record<string, unknown> } {
  const detail = typeof entry.detail === 'object' && entry.detail !== null ? (entry.detail as Record<string, unknown>) : {};
  if (entry.entity === 'minutes' && entry.action === 'update') {
    if (detail.finalized === true) return { key: 'history.actions.finalize', values: {} };
    if (typeof detail.amendment === 'number') return { key: 'history.actions.amend', values: { version: detail.amendment, reason: typeof detail.reason === 'string' ? detail.reason : '' } };
  }
  return { key: `history.actions.${entry.action}`, values: {} };
}
