import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../connection.js';
import {
  ROSTER_IMPORT_MAX_ROWS,
  ROSTER_IMPORT_MAX_UNZIPPED_BYTES,
  type RosterImportError,
  type RosterImportPreview,
  type RosterImportRow,
} from '../model/index.js';
import type { Database } from '../schema/index.js';
import { checkAgainstArchive, committeeRoles } from './check-archive.js';
import { decisionKey } from './file-checks.js';
import { rowError } from './messages.js';
import { newPersonKeys } from './overlap.js';
import { type ParsedFile, parseRows } from './parse-rows.js';
import { readTable } from './read-table.js';
import { roleResolver } from './roles.js';
import { type Table, TableTooLarge, UnreadableFile } from './table.js';

// roster.import.preview: the file read, its columns mapped, every row checked on its own,
// against the other rows and against the archive. Nothing is written.

type Reader = Db | Transaction<Database>;

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
}

export const fileHash = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** The file's rows; or the file's one error when it is neither .xlsx nor UTF-8 CSV, or past the limits. */
export async function readImportTable(bytes: Uint8Array): Promise<Table | RosterImportError> {
  try {
    return await readTable(bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) return rowError(null, null, null, 'unreadable_file');
    if (error instanceof TableTooLarge) {
      return error.limit === 'rows'
        ? rowError(null, null, null, 'too_many_rows', { max: ROSTER_IMPORT_MAX_ROWS })
        : rowError(null, null, null, 'file_too_large', { max: ROSTER_IMPORT_MAX_UNZIPPED_BYTES });
    }
    throw error;
  }
}

const isTable = (read: Table | RosterImportError): read is Table => 'rows' in read;

/** The rows parsed against the committee's roles; an unreadable file is one error, not a failure. */
export function parseImport(read: Table | RosterImportError, resolveRole: (text: string) => string | null): ParsedFile {
  if (isTable(read)) return parseRows(read, resolveRole);
  return { headerRow: null, columns: [], missingFields: [], rows: [], errors: [read] };
}

/** File errors first, then by row, each row's errors in column order of detection. */
export function sortErrors(errors: RosterImportError[]): RosterImportError[] {
  return errors.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a.row ?? 0) - (b.row ?? 0) || i - j).map(([e]) => e);
}

/** What apply would write for these (valid) rows. */
export function summarize(rows: readonly RosterImportRow[], knownDecisions: ReadonlySet<string>): RosterImportPreview['summary'] {
  const newPeople = new Set(rows.filter((r) => r.personId === null).map(newPersonKeys(rows)));
  const existing = new Set(rows.filter((r) => r.personId !== null).map((r) => r.personId));
  const decisions = new Set(rows.flatMap((r) => (r.decisionNumber === null ? [] : [decisionKey(r.decisionNumber)])));
  return {
    rows: rows.length,
    newPeople: newPeople.size,
    existingPeople: existing.size,
    memberships: rows.length,
    newDecisions: [...decisions].filter((d) => !knownDecisions.has(d)).length,
  };
}

export async function previewImport(db: Reader, committeeId: number, file: ImportFile): Promise<RosterImportPreview> {
  const table = await readImportTable(file.bytes);
  const parsed = parseImport(table, roleResolver(await committeeRoles(db, committeeId)));
  const header = (field: 'fullName' | 'decision') => parsed.columns.find((c) => c.field === field)?.header ?? null;
  const check = await checkAgainstArchive(db, committeeId, parsed.rows, { fullName: header('fullName'), decision: header('decision') });
  return {
    committeeId,
    fileName: file.fileName,
    format: isTable(table) ? table.format : file.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
    fileHash: fileHash(file.bytes),
    delimiter: isTable(table) ? table.delimiter : null,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
    missingFields: parsed.missingFields,
    rows: parsed.rows,
    errors: sortErrors([...parsed.errors, ...check.errors]),
    warnings: check.warnings,
    summary: summarize(parsed.rows, new Set(check.decisions.keys())),
  };
}
