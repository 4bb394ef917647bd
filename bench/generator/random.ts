/** A small seeded PRNG (sfc32): the same seed gives the same archive on every machine. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** `count` distinct items of `items`, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /**
   * A generator derived from this one's seed and a label only (it draws nothing), so that one
   * part's stream does not shift another's: adding attachments or people leaves the meetings
   * and actions as they were.
   */
  fork(label: string): Random {
    let h = 2166136261 ^ this.seed;
    for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    return new Random(h >>> 0);
  }
}

/**
 * `n` counts in [min, max] that add up to exactly `total` (the sizes are totals:
 * 30,000 items, 250,000 owners, 366,000 progress updates), spread at random.
 */
export function spread(rng: Random, total: number, n: number, min: number, max: number): number[] {
  if (n === 0) return [];
  if (total < n * min || total > n * max) throw new Error(`cannot spread ${total} over ${n} in [${min}, ${max}]`);
  const mean = total / n;
  const width = Math.min(mean - min, max - mean);
  const counts = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    counts[i] = Math.max(min, Math.min(max, Math.round(mean + (rng.next() * 2 - 1) * width)));
    sum += counts[i]!;
  }
  while (sum !== total) {
    const i = Math.floor(rng.next() * n);
    if (sum < total && counts[i]! < max) {
      counts[i]! += 1;
      sum += 1;
    } else if (sum > total && counts[i]! > min) {
      counts[i]! -= 1;
      sum -= 1;
    }
  }
  return counts;
}
