import {
  ROSTER_IMPORT_FIELDS,
  ROSTER_IMPORT_REQUIRED,
  type RosterImportColumn,
  type RosterImportError,
  type RosterImportField,
  type RosterImportRow,
} from '../model/index.js';
import { decisionConflicts, duplicatesInFile } from './file-checks.js';
import { type CellResult, dateCell, decisionCell, lineText, multilineText } from './cells.js';
import { HEADER_SEARCH_ROWS, isHeaderRow, mapColumns } from './headers.js';
import { rowError } from './messages.js';
import { type Cell, type Table, cellText, isEmptyRow } from './table.js';

// The rows of a table as roster rows, with every error a row can have on its own or against
// the other rows of the file (the archive's checks come after, in check-archive.ts).

export interface ParsedFile {
  headerRow: number | null;
  columns: RosterImportColumn[];
  missingFields: RosterImportField[];
  rows: RosterImportRow[];
  errors: RosterImportError[];
}

/** The longest text each field takes (the contract's limits for the same fields). */
const MAX_LENGTH: Partial<Record<RosterImportField, number>> = {
  fullName: 150,
  position: 300,
  organisation: 300,
  duty: 4000,
  decision: 100,
};

function findHeader(table: Table): number {
  return table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells.map(cellText)));
}

/** `resolveRole`: a role cell as the code of one of the committee's roles (roles.ts), or null. */
export function parseRows(table: Table, resolveRole: (text: string) => string | null): ParsedFile {
  const headerAt = findHeader(table);
  const headerRow = table.rows[headerAt];
  if (!headerRow) {
    return { headerRow: null, columns: [], missingFields: [...ROSTER_IMPORT_FIELDS], rows: [], errors: [rowError(null, null, null, 'no_header')] };
  }
  const columns = mapColumns(headerRow.cells.map(cellText));
  const errors: RosterImportError[] = [];
  const columnOf = new Map<RosterImportField, RosterImportColumn>();
  for (const column of columns) {
    if (!column.field) continue;
    if (columnOf.has(column.field)) errors.push(rowError(headerRow.row, column.header, column.field, 'duplicate_column'));
    else columnOf.set(column.field, column);
  }
  const missingFields = ROSTER_IMPORT_FIELDS.filter((f) => !columnOf.has(f));
  for (const field of ROSTER_IMPORT_REQUIRED) {
    if (!columnOf.has(field)) errors.push(rowError(headerRow.row, null, field, 'missing_column'));
  }
  if (errors.length > 0) return { headerRow: headerRow.row, columns, missingFields, rows: [], errors };

  const rows: RosterImportRow[] = [];
  for (const sheetRow of table.rows.slice(headerAt + 1)) {
    if (isEmptyRow(sheetRow.cells)) continue;
    const n = sheetRow.row;
    const cell = (field: RosterImportField): Cell => {
      const column = columnOf.get(field);
      return column ? (sheetRow.cells[column.index - 1] ?? null) : null;
    };
    const header = (field: RosterImportField) => columnOf.get(field)?.header ?? null;
    const take = <T>(field: RosterImportField, result: CellResult<T>): T | null => {
      if (!result.ok) {
        errors.push(rowError(n, header(field), field, result.code, { text: cellText(cell(field)).trim() }));
        return null;
      }
      const max = MAX_LENGTH[field];
      if (max !== undefined && typeof result.value === 'string' && result.value.length > max) {
        errors.push(rowError(n, header(field), field, 'too_long', { max }));
      }
      return result.value;
    };

    const fullName = take('fullName', lineText(cell('fullName'))) ?? '';
    if (fullName === '' && lineText(cell('fullName')).ok) errors.push(rowError(n, header('fullName'), 'fullName', 'empty_name'));
    const position = take('position', lineText(cell('position')));
    const organisation = take('organisation', lineText(cell('organisation')));
    const duty = take('duty', multilineText(cell('duty')));

    const roleText = take('role', lineText(cell('role')));
    const role = roleText === null ? null : resolveRole(roleText);
    if (roleText === null && lineText(cell('role')).ok) errors.push(rowError(n, header('role'), 'role', 'missing_value'));
    if (roleText !== null && role === null) errors.push(rowError(n, header('role'), 'role', 'unknown_role', { text: roleText }));

    const fromDate = take('fromDate', dateCell(cell('fromDate')));
    if (fromDate === null && dateCell(cell('fromDate')).ok) errors.push(rowError(n, header('fromDate'), 'fromDate', 'missing_value'));
    const toDate = take('toDate', dateCell(cell('toDate')));
    if (fromDate && toDate && toDate <= fromDate) errors.push(rowError(n, header('toDate'), 'toDate', 'end_before_start'));

    let decisionNumber: string | null = null;
    let decisionDate: string | null = null;
    const decisionText = take('decision', lineText(cell('decision')));
    if (decisionText) {
      const parsed = decisionCell(decisionText);
      decisionNumber = parsed.number;
      if (parsed.dateText) {
        const date = dateCell(parsed.dateText);
        if (date.ok) decisionDate = date.value;
        else errors.push(rowError(n, header('decision'), 'decision', 'impossible_date', { text: parsed.dateText }));
      }
    }
    rows.push({ row: n, fullName, position, organisation, role, duty, fromDate, toDate, decisionNumber, decisionDate, personId: null });
  }
  errors.push(...duplicatesInFile(rows, header(columnOf, 'fullName')), ...decisionConflicts(rows, header(columnOf, 'decision')));
  return { headerRow: headerRow.row, columns, missingFields, rows, errors };
}

function header(columnOf: Map<RosterImportField, RosterImportColumn>, field: RosterImportField): string | null {
  return columnOf.get(field)?.header ?? null;
}
