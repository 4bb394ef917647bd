/** ISO timestamp for created_at/updated_at and the audit log. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date (local time) as YYYY-MM-DD. */
export function todayIso(date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
