import { describe, expect, it } from 'vitest';
import { exitCode, formatTable, p99Figure } from './report.js';

const t = (median: number, p99: number) => ({ n: 200, median, p99 });

describe('the bench verdict', () => {
  it('exits 1 when one target is missed and 0 when all are met', () => {
    const met = p99Figure('archive.status', 'HTTP', t(1, 2), t(1, 2), 50);
    const missed = p99Figure('meetings.list', 'HTTP', t(700, 1010), t(4, 13), 50);
    expect(exitCode([met])).toBe(0);
    expect(exitCode([met, missed])).toBe(1);
    expect(exitCode([met, { ...met, pass: null }])).toBe(0);
    expect(formatTable([met, missed], { big: '20y', small: 'demo' })).toMatch(/meetings\.list.*700 \/ 1010 ms.*MISSED/);
  });
});
