import { isCalendarDate, normalizeText, parseDisplayDate, textProblem } from '../model/index.js';
import { cleanText } from '../text/fold.js';
import { type Cell, cellText } from './table.js';

// One cell as a field's value: text by the app's text rule, or a date.

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: 'impossible_date' | 'invalid_text' };

/**
 * A single-line text: line breaks inside the cell (Alt+Enter in Excel) become spaces, runs of
 * spaces collapse; other control characters are refused. Empty is null.
 */
export function lineText(cell: Cell): CellResult<string | null> {
  const text = cellText(cell).replace(/[\t\r\n]+/g, ' ');
  if (textProblem(text)) return { ok: false, code: 'invalid_text' };
  return { ok: true, value: cleanText(text) || null };
}

/** A multi-line text (the duties): line breaks kept as \n, ends trimmed. */
export function multilineText(cell: Cell): CellResult<string | null> {
  const text = cellText(cell);
  if (textProblem(text, { multiline: true })) return { ok: false, code: 'invalid_text' };
  return { ok: true, value: normalizeText(text, { multiline: true }).trim() || null };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

const isoOfUtc = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A date cell: dd/mm/yyyy (also d/m/yyyy, with "." or "-"), or YYYY-MM-DD, or a date the
 * sheet stores as a date or as Excel's day number. Empty is null; 31/02/2021 is refused.
 */
export function dateCell(cell: Cell): CellResult<string | null> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { ok: false, code: 'impossible_date' } : { ok: true, value: isoOfUtc(cell) };
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return { ok: false, code: 'impossible_date' };
    return { ok: true, value: isoOfUtc(new Date(EXCEL_EPOCH_MS + cell * MS_PER_DAY)) };
  }
  const text = (cell ?? '').trim();
  if (text === '') return { ok: true, value: null };
  const iso = parseDisplayDate(text) ?? (isCalendarDate(text) ? text : null);
  return iso ? { ok: true, value: iso } : { ok: false, code: 'impossible_date' };
}

/**
 * A decision cell: its number, and its date when written after it —
 * "25-QĐ/TU ngày 26/10/2020", "Số 25-QĐ/TU, 26/10/2020", "25-QĐ/TU (26/10/2020)".
 */
export function decisionCell(text: string): { number: string; dateText: string | null } {
  const withoutPrefix = text.replace(/^\s*(?:số|so)\s*[:.]?\s+/iu, '');
  const m = /^(.*?)[\s,;(]*(?:ngày|ngay)?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\)?\s*$/iu.exec(withoutPrefix);
  if (!m || m[1]!.trim() === '') return { number: cleanText(withoutPrefix), dateText: null };
  return { number: cleanText(m[1]!), dateText: m[2]! };
}
