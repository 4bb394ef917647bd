/**
 * Search folding (DESIGN.md): NFC, case and every diacritic folded, đ/Đ → d, so that
 * "ket luan" finds "kết luận" and "dang" finds "Đảng". The same function for text and query.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Trims and collapses runs of white space; NFC so that equal names compare equal. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
