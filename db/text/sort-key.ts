import { fold } from './fold.js';

// Vietnamese name order (DESIGN.md): by given name (the last word), then the rest of the
// name, in the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), case and tones
// ignored; names equal so far are ordered by their tones (ngang, huyền, sắc, hỏi, ngã,
// nặng), then by id. Migration 0004 keeps a frozen copy of this function for its back-fill:
// change both or neither (db/migrations/0004-name-keys.test.ts compares them).

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';
const TONE: Record<string, number> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

/**
 * Primary: each letter without its tone, the Vietnamese letters ă â đ ê ô ơ ư written as
 * their base letter followed by '~' once or twice ('~' sorts after every ASCII letter, so
 * "Dũng" < "Đức" and "Anh" < "Ăn" < "Ân"). Secondary: one letter per character for its
 * tone (ngang, huyền, sắc, hỏi, ngã, nặng), so names that differ only in tones keep order.
 */
function keyParts(text: string): [primary: string, tones: string] {
  let primary = '';
  let tones = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    if (ch === 'đ' || ch === 'ð') {
      primary += 'd~';
      tones += 'A';
      continue;
    }
    const [base = '', ...marks] = ch.normalize('NFD');
    let variant = 0;
    let tone = 0;
    for (const mark of marks) {
      if (mark === BREVE) variant = 1;
      else if (mark === CIRCUMFLEX) variant = base === 'a' ? 2 : 1;
      else if (mark === HORN) variant = base === 'o' ? 2 : 1;
      else tone = Math.max(tone, TONE[mark] ?? 0);
    }
    primary += base + '~'.repeat(variant);
    tones += String.fromCharCode(65 + tone);
  }
  return [primary, tones];
}

/** The name with its given name first: "Trịnh Tuấn Sinh" → "Sinh Trịnh Tuấn". */
export function givenNameFirst(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  const given = words.pop() ?? '';
  return [given, ...words].join(' ');
}

/** The stored sort key: the given-name-first name's letters, \u0001, its tones. */
export function vietnameseSortKey(fullName: string): string {
  const [primary, tones] = keyParts(givenNameFirst(fullName));
  return `${primary}\u0001${tones}`;
}

/** The distinct folded words of some texts: what a word-prefix search looks up. */
export function searchWords(...texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of fold(text ?? '').split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return [...words];
}
