import { describe, expect, it } from 'vitest';
import { percentile, summarize, timeCalls } from './stats.js';

describe('percentile', () => {
  it('takes the nearest rank: the p99 of 200 times is the second-worst', () => {
    const times = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(times, 99)).toBe(198);
    expect(percentile(times, 50)).toBe(100);
    expect(summarize([5, 1, 3])).toEqual({ n: 3, median: 3, p99: 5 });
  });
});

describe('timeCalls', () => {
  it('stops at maxCalls for fast calls and after the budget (but not before minCalls) for slow ones', async () => {
    const fast = await timeCalls(async () => {}, { maxCalls: 50, budgetMs: 10_000, minCalls: 5, warmup: 1 });
    expect(fast.n).toBe(50);
    const slow = await timeCalls(() => new Promise((r) => setTimeout(r, 20)), { maxCalls: 200, budgetMs: 50, minCalls: 5, warmup: 0 });
    expect(slow.n).toBeGreaterThanOrEqual(5);
    expect(slow.n).toBeLessThan(10);
    expect(slow.median).toBeGreaterThanOrEqual(19);
  });
});
