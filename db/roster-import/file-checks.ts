import type { RosterImportError, RosterImportRow } from '../model/index.js';
import { formatDisplayDate } from '../model/index.js';
import { rowError } from './messages.js';
import { overlaps, rowIdentity, samePersonInFile } from './overlap.js';

/**
 * The same person twice in the file over overlapping terms: the later row is the error.
 * Same person by the one rule (samePersonInFile: maybeSamePerson of db/people.ts), as the
 * archive check: a blank organisation on either row leaves it open.
 */
export function duplicatesInFile(rows: readonly RosterImportRow[], column: string | null): RosterImportError[] {
  const errors: RosterImportError[] = [];
  const seen = new Map<string, RosterImportRow[]>();
  for (const row of rows) {
    if (row.fullName === '' || row.fromDate === null) continue;
    const name = rowIdentity(row).nameFolded;
    const earlier = seen.get(name) ?? [];
    const term = { from: row.fromDate, to: row.toDate };
    const other = earlier.find((e) => samePersonInFile(row, e) && overlaps(term, { from: e.fromDate!, to: e.toDate }));
    if (other) errors.push(rowError(row.row, column, 'fullName', 'duplicate_in_file', { otherRow: other.row }));
    earlier.push(row);
    seen.set(name, earlier);
  }
  return errors;
}

/** Decision numbers compare without case, spaces or the look of đ. */
export const decisionKey = (number: string) => number.normalize('NFC').replace(/\s+/g, '').toLowerCase();

/** One decision number given two different dates in the file: the later row is the error. */
export function decisionConflicts(rows: readonly RosterImportRow[], column: string | null): RosterImportError[] {
  const errors: RosterImportError[] = [];
  const dated = new Map<string, string>();
  for (const row of rows) {
    if (row.decisionNumber === null || row.decisionDate === null) continue;
    const key = decisionKey(row.decisionNumber);
    const date = dated.get(key);
    if (date === undefined) dated.set(key, row.decisionDate);
    else if (date !== row.decisionDate) {
      errors.push(rowError(row.row, column, 'decision', 'decision_conflict', { text: row.decisionNumber, date: formatDisplayDate(date) }));
    }
  }
  return errors;
}
