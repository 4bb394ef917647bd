import type { Timing } from './stats.js';

export interface Figure {
  figure: string;
  /** How it was measured: dispatch, HTTP, Chromium, host process. */
  path: string;
  /** On the 20-year archive (or the 50,000-person one). */
  big: string;
  /** The same operation on the demo (or empty) archive, in the same run. */
  small: string;
  target: string;
  /** null: shown for information, no target. */
  pass: boolean | null;
}

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const timing = (t: Timing) => `${ms(t.median)} / ${ms(t.p99)} ms (n=${t.n})`;

/** A latency figure whose target is a p99 bound on the big archive. */
export function p99Figure(figure: string, path: string, big: Timing, small: Timing, limitMs: number): Figure {
  return { figure, path, big: timing(big), small: timing(small), target: `p99 < ${limitMs} ms`, pass: big.p99 < limitMs };
}

/** Exit code: 1 when any target is missed. */
export function exitCode(figures: Figure[]): number {
  return figures.some((f) => f.pass === false) ? 1 : 0;
}

export function formatTable(figures: Figure[], headers: { big: string; small: string }): string {
  const head = ['figure', 'path', headers.big, headers.small, 'target', 'result'];
  const body = figures.map((f) => [f.figure, f.path, f.big, f.small, f.target, f.pass === null ? '' : f.pass ? 'ok' : 'MISSED']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
