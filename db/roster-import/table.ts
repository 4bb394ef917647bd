// A spreadsheet read into plain rows, before any field is interpreted: what the CSV and the
// XLSX readers produce alike.

/** A cell as read: text, or (from .xlsx) a number or a date the sheet stores as such. */
export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The row number the clerk sees in Excel (1-based). */
  row: number;
  cells: Cell[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | null;
  rows: SheetRow[];
}

/** The file could not be read at all; `reason` is English, for the log. */
export class UnreadableFile extends Error {}

/** The file holds more than an import takes: too many bytes once unzipped, or too many rows. */
export class TableTooLarge extends Error {
  constructor(readonly limit: 'unzipped' | 'rows') {
    super(`the file is past the import's limit of ${limit}`);
  }
}

/** A cell as the text the clerk sees (dates as dd/mm/yyyy). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  return String(cell);
}

export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}
