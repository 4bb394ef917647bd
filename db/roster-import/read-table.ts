import { isHeaderRow } from './headers.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Table } from './table.js';

/** An .xlsx file is a ZIP archive: it begins "PK\x03\x04", whatever its name says. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads a .csv or .xlsx file into rows; throws UnreadableFile when it is neither. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  return looksLikeXlsx(bytes) ? readXlsx(bytes, isHeaderRow) : readCsv(bytes);
}
