import { isHeaderRow } from './headers.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { ROSTER_IMPORT_MAX_ROWS } from '../model/index.js';
import { type Table, TableTooLarge } from './table.js';
import { checkXlsxLimits } from './zip-limits.js';

/** An .xlsx file is a ZIP archive: it begins "PK\x03\x04", whatever its name says. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a .csv or .xlsx file into rows; throws UnreadableFile when it is neither, and
 * TableTooLarge past the limits (an .xlsx is measured unzipped before it is parsed).
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (looksLikeXlsx(bytes)) checkXlsxLimits(bytes);
  const table = looksLikeXlsx(bytes) ? await readXlsx(bytes, isHeaderRow) : readCsv(bytes);
  // The header and a few title rows above it come on top of the data rows.
  if (table.rows.length > ROSTER_IMPORT_MAX_ROWS + 20) throw new TableTooLarge('rows');
  return table;
}
