// One rule for every text field that crosses the boundary: NFC, no control characters
// (tab and newline only where the field is multi-line), no ill-formed UTF-16 (lone
// surrogates, which SQLite would store as invalid UTF-8).

export type TextProblem = 'control_character' | 'ill_formed';

export interface TextKind {
  /** Notes and other multi-line fields: tab and newline allowed. */
  multiline?: boolean;
}

// With the u flag, a surrogate range matches only a surrogate that is not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_TAB_NEWLINE = /(?![\t\n])\p{Cc}/u;

/** What is wrong with a text, or null when it may be stored. */
export function textProblem(text: string, kind: TextKind = {}): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'ill_formed';
  const lines = kind.multiline ? text.replace(/\r\n?/g, '\n') : text;
  return (kind.multiline ? CONTROL_EXCEPT_TAB_NEWLINE : CONTROL).test(lines) ? 'control_character' : null;
}

/** The stored form of an accepted text: NFC, and line ends as \n in multi-line fields. */
export function normalizeText(text: string, kind: TextKind = {}): string {
  const nfc = text.normalize('NFC');
  return kind.multiline ? nfc.replace(/\r\n?/g, '\n') : nfc;
}
