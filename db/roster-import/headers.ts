import type { RosterImportColumn, RosterImportField } from '../model/index.js';
import { fold } from '../text/fold.js';

// Which column fills which field: recognized by its header, in Vietnamese or English, with
// or without diacritics, in any case, with any punctuation, and with a note in brackets
// ("Từ ngày (dd/mm/yyyy)").

/** Folded headers (see headerKey) per field: the roster export's headers first. */
const HEADERS: Record<RosterImportField, readonly string[]> = {
  fullName: ['ho va ten', 'ho ten', 'ho va ten thanh vien', 'full name', 'name', 'member'],
  position: ['chuc vu', 'chuc vu hien nay', 'position', 'post', 'job title', 'title'],
  organisation: ['don vi cong tac', 'don vi', 'co quan', 'co quan don vi', 'noi cong tac', 'organisation', 'organization', 'unit', 'agency'],
  role: ['chuc danh trong ban chi dao', 'chuc danh trong bcd', 'chuc danh', 'vai tro', 'role', 'role in the committee'],
  duty: ['nhiem vu duoc phan cong', 'nhiem vu', 'phan cong nhiem vu', 'duties', 'duty', 'tasks', 'assigned tasks'],
  fromDate: ['tu ngay', 'ngay bat dau', 'from', 'from date', 'start', 'start date'],
  toDate: ['den ngay', 'ngay ket thuc', 'to', 'to date', 'until', 'end', 'end date'],
  decision: ['quyet dinh', 'so quyet dinh', 'theo quyet dinh', 'decision', 'decision number'],
};

const FIELD_OF = new Map<string, RosterImportField>(
  Object.entries(HEADERS).flatMap(([field, keys]) => keys.map((k) => [k, field as RosterImportField] as const)),
);

/** A header reduced for matching: bracketed notes dropped, folded, punctuation as spaces. */
export function headerKey(header: string): string {
  return fold(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function fieldOfHeader(header: string): RosterImportField | null {
  return FIELD_OF.get(headerKey(header)) ?? null;
}

/** The columns of a header row: each with the field it fills, or null when not recognized. */
export function mapColumns(cells: readonly string[]): RosterImportColumn[] {
  return cells
    .map((header, i) => ({ index: i + 1, header: header.trim(), field: fieldOfHeader(header) }))
    .filter((c) => c.header !== '');
}

/** How many rows from the top are searched for the header row (titles may sit above it). */
export const HEADER_SEARCH_ROWS = 20;

/** A header row names the full name and at least one other field. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const fields = new Set(cells.map(fieldOfHeader).filter((f) => f !== null));
  return fields.has('fullName') && fields.size >= 2;
}
