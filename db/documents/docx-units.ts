/** Millimetres to twentieths of a point (Word's unit), rounded. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
