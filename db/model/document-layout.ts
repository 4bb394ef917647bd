// The layout of an official document, once: the print view's CSS (renderer/features/print/
// print.css, checked against these numbers by document-layout.test.ts) and the Word writer
// (db/documents/) both take their page, margins and type sizes from here.
// Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW. Pure: imports only this folder.
import { COMPOUND_WORDS } from './compound-words.js';
import { fold } from './fold.js';

/** A4 portrait. */
export const PAGE_SIZE_MM = { width: 210, height: 297 } as const;

/** Top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm: we take the decree's lower bounds. */
export const PAGE_MARGINS_MM = { top: 20, right: 15, bottom: 20, left: 30 } as const;

/** Times New Roman; Tinos (metric-compatible) where Times is missing. */
export const DOCUMENT_FONT = { family: 'Times New Roman', fallback: 'Tinos' } as const;

/** Type sizes in points. */
export const FONT_PT = {
  /** Body text and the place-date line: 13–14 pt. */
  body: 13,
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12–13 pt bold (12 fits the column). */
  stateMotto: 12,
  /** "Độc lập - Tự do - Hạnh phúc": 13–14 pt bold. */
  stateSubMotto: 13,
  /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
  partyMotto: 14,
  /** Parent and issuing body in the left header block. */
  issuer: 13,
  /** Title: 13–14 pt bold caps. */
  title: 14,
  /** The members' table of an attachment. */
  table: 12,
} as const;

/** The header's two columns, as shares of the text width (issuing body | motto and date line). */
export const HEADER_COLUMNS_PERCENT = { issuer: 42, motto: 58 } as const;

/** Width of the text between the margins. */
export const TEXT_WIDTH_MM = PAGE_SIZE_MM.width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;

/** A non-breaking space: the syllables it joins stay on one line (print and Word alike). */
export const NBSP = '\u00a0';

/** The compound words kept together (compound-words.ts): several hundred, matched by fold. */
export { COMPOUND_WORDS };

const COMPOUNDS = new Set(COMPOUND_WORDS.map((w) => fold(w)));
const LONGEST = Math.max(...COMPOUND_WORDS.map((w) => w.split(' ').length));
/** A syllable as the list is matched: folded (case, diacritics, đ), punctuation around it left out. */
const bare = (token: string) => fold(token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The text with the syllables of each known compound word joined by non-breaking spaces,
 * so a line breaks only between words ("BAN CHỈ ĐẠO … CƠ SỞ", "đơn vị công tác"): the
 * longest compound first at each place. Other spaces are kept.
 */
export function keepCompoundsTogether(text: string): string {
  const tokens = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken = 1;
    for (let n = Math.min(LONGEST, tokens.length - i); n > 1; n--) {
      if (COMPOUNDS.has(tokens.slice(i, i + n).map(bare).join(' '))) {
        taken = n;
        break;
      }
    }
    out.push(tokens.slice(i, i + taken).join(NBSP));
    i += taken;
  }
  return out.join(' ');
}
