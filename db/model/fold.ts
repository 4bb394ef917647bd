// Folding (DESIGN.md, Search): NFC, case and every diacritic folded, đ/Đ → d, so that
// "ket luan" finds "kết luận" and "dang" finds "Đảng" (or "Ðảng" typed with the look-alike
// U+00D0). Pure, so that the core (db/text/fold.ts re-exports it) and the renderer compare
// names by one function.

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    // Đ (U+0110), its look-alike Ð (U+00D0, eth) and their small forms have no decomposition.
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Trims and collapses runs of white space; NFC so that equal names compare equal. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * THE committee-name rule: two committees under one parent are "the same name" when their
 * names, cleaned and folded, are equal (a warning, never a refusal). db/committees.ts warns
 * on save with it; the committee form warns while the clerk types with it.
 */
export function sameCommitteeName(a: string, b: string): boolean {
  const key = fold(cleanText(a));
  return key !== '' && key === fold(cleanText(b));
}
