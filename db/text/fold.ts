/**
 * Search folding (DESIGN.md): NFC, case and every diacritic folded, đ/Đ → d, so that
 * "ket luan" finds "kết luận" and "dang" finds "Đảng" (or "Ðảng" typed with the look-alike
 * U+00D0). The same function for text and query.
 */
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
