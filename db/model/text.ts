// One rule for every text field that crosses the boundary: NFC, no control characters
// (tab and newline only where the field is multi-line), no ill-formed UTF-16 (lone
// surrogates, which SQLite would store as invalid UTF-8).

export type TextProblem = 'control_character' | 'ill_formed' | 'hidden_character';

export interface TextKind {
  /** Notes and other multi-line fields: tab and newline allowed. */
  multiline?: boolean;
  /**
   * The text of a rich-text node: one line (a line break is its own node), tab allowed, and
   * no characters that break or hide text where the editor cannot show them: line and
   * paragraph separators (U+2028, U+2029), zero-width space, word joiner and byte-order mark
   * (U+200B, U+2060, U+FEFF), bidirectional marks (U+200E, U+200F, U+061C).
   */
  inline?: boolean;
}

// With the u flag, a surrogate range matches only a surrogate that is not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_TAB_NEWLINE = /(?![\t\n])\p{Cc}/u;
const CONTROL_EXCEPT_TAB = /(?!\t)\p{Cc}/u;
const INLINE_HIDDEN = /[\u061C\u200B\u200E\u200F\u2028\u2029\u2060\uFEFF]/u;
// Bidirectional overrides and isolates (a name that reads backwards on screen or in print)
// and Unicode's noncharacters: never in a record.
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}]/u;
// What a name may not consist of alone: white space and invisible format characters (U+200B…).
const INVISIBLE = /^[\s\p{Cf}]*$/u;

/** True when a text shows nothing at all: empty, or only spaces and zero-width characters. */
export function isBlankText(text: string): boolean {
  return INVISIBLE.test(text);
}

/** What is wrong with a text, or null when it may be stored. */
export function textProblem(text: string, kind: TextKind = {}): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'ill_formed';
  if (kind.inline) {
    if (CONTROL_EXCEPT_TAB.test(text)) return 'control_character';
    return HIDDEN.test(text) || INLINE_HIDDEN.test(text) ? 'hidden_character' : null;
  }
  const lines = kind.multiline ? text.replace(/\r\n?/g, '\n') : text;
  if ((kind.multiline ? CONTROL_EXCEPT_TAB_NEWLINE : CONTROL).test(lines)) return 'control_character';
  return HIDDEN.test(text) ? 'hidden_character' : null;
}

/** The stored form of an accepted text: NFC, and line ends as \n in multi-line fields. */
export function normalizeText(text: string, kind: TextKind = {}): string {
  const nfc = text.normalize('NFC');
  return kind.multiline ? nfc.replace(/\r\n?/g, '\n') : nfc;
}
