import type { RosterImportRow } from '../model/index.js';
import { type PersonIdentity, personIdentity } from '../people.js';

// Who is "the same person" and when two terms "overlap", for the import's duplicate checks.

/**
 * The rows of one person within a file: folded full name and folded organisation
 * (personIdentity, db/people.ts). Which ARCHIVE person a row is follows matchPerson there.
 */
export function personKey(fullName: string, organisation: string | null): string {
  const who = personIdentity(fullName, organisation);
  return `${who.nameFolded}\u0000${who.organisationFolded ?? ''}`;
}

const identities = new WeakMap<RosterImportRow, PersonIdentity>();

/** personIdentity of a row, folded once. */
export function rowIdentity(row: RosterImportRow): PersonIdentity {
  let who = identities.get(row);
  if (who === undefined) identities.set(row, (who = personIdentity(row.fullName, row.organisation)));
  return who;
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
