import type { RosterImportRow } from '../model/index.js';
import { type PersonIdentity, maybeSamePerson, personIdentity } from '../people.js';

// Who is "the same person" and when two terms "overlap", for the import's duplicate checks.

/**
 * A key of folded full name and folded organisation (personIdentity, db/people.ts). Who is
 * the same person follows maybeSamePerson there (a blank organisation leaves it open):
 * samePersonInFile and newPersonKeys below; which ARCHIVE person a row is, matchPerson.
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

/** Two rows of the file may be one person: db/people.ts's maybeSamePerson, the one rule. */
export function samePersonInFile(a: RosterImportRow, b: RosterImportRow): boolean {
  return maybeSamePerson(rowIdentity(a), rowIdentity(b));
}

/**
 * One key per new person among the rows that matched nobody in the archive (personId null),
 * by the same rule: a row with a blank organisation is the person of its name whose
 * organisation the file gives, when it gives exactly one; otherwise it keeps its own key.
 */
export function newPersonKeys(rows: readonly RosterImportRow[]): (row: RosterImportRow) => string {
  const orgsByName = new Map<string, Set<string>>();
  for (const r of rows) {
    const who = rowIdentity(r);
    if (r.personId !== null || who.organisationFolded === null) continue;
    const orgs = orgsByName.get(who.nameFolded) ?? new Set<string>();
    orgs.add(who.organisationFolded);
    orgsByName.set(who.nameFolded, orgs);
  }
  return (row) => {
    const who = rowIdentity(row);
    if (who.organisationFolded !== null) return rowKey(row);
    const orgs = orgsByName.get(who.nameFolded);
    return orgs?.size === 1 ? `${who.nameFolded}\u0000${[...orgs][0]!}` : rowKey(row);
  };
}

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
