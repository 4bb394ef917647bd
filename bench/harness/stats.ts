export interface Timing {
  n: number;
  median: number;
  p99: number;
}

/** Nearest-rank percentile of the given times (ms). */
export function percentile(times: number[], p: number): number {
  if (times.length === 0) return Number.NaN;
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(times: number[]): Timing {
  return { n: times.length, median: percentile(times, 50), p99: percentile(times, 99) };
}

export interface Budget {
  /** Stop after this many calls… */
  maxCalls: number;
  /** …or once this much time has passed and at least minCalls were made. */
  budgetMs: number;
  minCalls: number;
  warmup: number;
}

export const DEFAULT_BUDGET: Budget = { maxCalls: 200, budgetMs: 4000, minCalls: 5, warmup: 1 };

/** Times `fn` call after call, within the budget: 200 calls for fast commands, fewer (≥ 5) for slow ones, so the run stays within minutes. */
export async function timeCalls(fn: () => Promise<unknown>, budget: Budget = DEFAULT_BUDGET): Promise<Timing> {
  for (let i = 0; i < budget.warmup; i++) await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < budget.maxCalls && (times.length < budget.minCalls || performance.now() - start < budget.budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return summarize(times);
}
