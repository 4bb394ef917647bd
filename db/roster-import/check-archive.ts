import type { Transaction } from 'kysely';
import type { Db } from '../connection.js';
import { listRoles } from '../committee-roles.js';
import { type RosterImportError, type RosterImportRow, type RosterImportWarning, formatDisplayDate, maybeSamePersonVi } from '../model/index.js';
import type { RoleOption } from './roles.js';
import type { Database } from '../schema/index.js';
import { decisionKey } from './file-checks.js';
import { rowError } from './messages.js';
import { overlaps, rowIdentity } from './overlap.js';
import { type PersonIdentity, matchPerson } from '../people.js';

// The rows against the archive: who is already there (matchPerson, db/people.ts's same-person rule),
// who is already a member of the committee over the same period, which decisions exist.

type Reader = Db | Transaction<Database>;

const CHUNK = 500;

type ArchivePerson = PersonIdentity & { id: number; fullName: string; organisation: string | null };

/** People of the archive with the folded names of the rows, by folded name (for matchPerson, db/people.ts). */
export async function findPeople(db: Reader, foldedNames: readonly string[]): Promise<Map<string, ArchivePerson[]>> {
  const folded = [...new Set(foldedNames)];
  const found = new Map<string, ArchivePerson[]>();
  for (let i = 0; i < folded.length; i += CHUNK) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'name_folded', 'organisation_folded', 'full_name', 'organisation'])
      .where('name_folded', 'in', folded.slice(i, i + CHUNK))
      .execute();
    for (const p of rows) {
      const nameFolded = p.name_folded ?? '';
      const list = found.get(nameFolded) ?? [];
      list.push({ id: p.id, nameFolded, organisationFolded: p.organisation_folded, fullName: p.full_name, organisation: p.organisation });
      found.set(nameFolded, list);
    }
  }
  return found;
}

/** The committee's roles, in order (its editable list, db/committee-roles.ts); NOT_FOUND for no committee. */
export async function committeeRoles(db: Reader, committeeId: number): Promise<RoleOption[]> {
  return (await listRoles(db, committeeId)).items.map((r) => ({ code: r.code, name: r.name }));
}

export interface ExistingDecision {
  id: number;
  number: string;
  signedOn: string;
}

/** The committee's decisions by decisionKey(number). */
export async function committeeDecisions(db: Reader, committeeId: number): Promise<Map<string, ExistingDecision>> {
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'number', 'signed_on'])
    .where('committee_id', '=', committeeId)
    .orderBy('id')
    .execute();
  const byKey = new Map<string, ExistingDecision>();
  for (const d of rows) if (!byKey.has(decisionKey(d.number))) byKey.set(decisionKey(d.number), { id: d.id, number: d.number, signedOn: d.signed_on });
  return byKey;
}

export interface ArchiveCheck {
  errors: RosterImportError[];
  warnings: RosterImportWarning[];
  decisions: Map<string, ExistingDecision>;
}

/**
 * Sets each row's personId (an existing person, or null for one to create) and returns the
 * rows' errors against the archive: a member already in office over an overlapping term,
 * a decision number the archive knows with another date, a new decision with no date in the file;
 * and its warnings: a new person whose name the archive has with another organisation.
 */
export async function checkAgainstArchive(
  db: Reader,
  committeeId: number,
  rows: RosterImportRow[],
  columns: { fullName: string | null; decision: string | null },
): Promise<ArchiveCheck> {
  const people = await findPeople(db, rows.filter((r) => r.fullName !== '').map((r) => rowIdentity(r).nameFolded));
  const terms = new Map<number, Array<{ from: string; to: string | null }>>();
  const memberships = await db
    .selectFrom('memberships')
    .select(['person_id', 'from_date', 'to_date'])
    .where('committee_id', '=', committeeId)
    .execute();
  for (const m of memberships) {
    const list = terms.get(m.person_id) ?? [];
    list.push({ from: m.from_date, to: m.to_date });
    terms.set(m.person_id, list);
  }
  const decisions = await committeeDecisions(db, committeeId);

  // A decision new to the archive needs its signing date from at least one row of the file.
  const datedInFile = new Set(rows.flatMap((r) => (r.decisionNumber !== null && r.decisionDate !== null ? [decisionKey(r.decisionNumber)] : [])));
  const errors: RosterImportError[] = [];
  const warnings: RosterImportWarning[] = [];
  for (const row of rows) {
    row.personId = null;
    if (row.fullName !== '') {
      const who = rowIdentity(row);
      const match = matchPerson(who, people.get(who.nameFolded) ?? []);
      if (match.kind === 'match') row.personId = match.id;
      // A new person, though the archive has this name with another organisation: say so (not an error).
      const sameName = people.get(who.nameFolded) ?? [];
      if (match.kind === 'none' && sameName.length > 0) {
        const candidates = sameName.map((p) => ({ id: p.id, fullName: p.fullName, organisation: p.organisation }));
        warnings.push({ row: row.row, column: columns.fullName, candidates, message: maybeSamePersonVi(candidates) });
      }
      if (match.kind === 'ambiguous') {
        errors.push(rowError(row.row, columns.fullName, 'fullName', 'ambiguous_person', { text: row.fullName, max: (people.get(who.nameFolded) ?? []).length }));
        continue;
      }
    }
    if (row.personId !== null && row.fromDate !== null) {
      const term = { from: row.fromDate, to: row.toDate };
      const clash = terms.get(row.personId)?.find((t) => overlaps(term, t));
      if (clash) errors.push(rowError(row.row, columns.fullName, 'fullName', 'duplicate_in_archive', { date: formatDisplayDate(clash.from) }));
    }
    if (row.decisionNumber !== null && row.decisionDate !== null) {
      const known = decisions.get(decisionKey(row.decisionNumber));
      if (known && known.signedOn !== row.decisionDate) {
        errors.push(rowError(row.row, columns.decision, 'decision', 'decision_conflict', { text: row.decisionNumber, date: formatDisplayDate(known.signedOn) }));
      }
    }
    if (row.decisionNumber !== null && row.decisionDate === null) {
      const key = decisionKey(row.decisionNumber);
      if (!decisions.has(key) && !datedInFile.has(key)) {
        errors.push(rowError(row.row, columns.decision, 'decision', 'decision_date_missing', { text: row.decisionNumber }));
      }
    }
  }
  return { errors, warnings, decisions };
}
