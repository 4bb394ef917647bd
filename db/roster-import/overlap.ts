import type { RosterImportRow } from '../model/index.js';
import { fold } from '../text/fold.js';

// Who is "the same person" and when two terms "overlap", for the import's duplicate checks.

/** The same person: folded full name and folded organisation (none is a value of its own). */
export function personKey(fullName: string, organisation: string | null): string {
  return `${fold(fullName)}\u0000${organisation === null ? '' : fold(organisation)}`;
}

const rowKeys = new WeakMap<RosterImportRow, string>();

/** personKey of a row, folded once (10,000 rows are looked up several times). */
export function rowKey(row: RosterImportRow): string {
  let key = rowKeys.get(row);
  if (key === undefined) rowKeys.set(row, (key = personKey(row.fullName, row.organisation)));
  return key;
}

/** Two terms [from, to) share a day; a null end runs on for ever. */
export function overlaps(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);
}
