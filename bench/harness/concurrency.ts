import type { Host } from './host.js';
import type { Call } from './inputs.js';
import { type Timing, summarize } from './stats.js';

/**
 * A cheap command's latency while a slow one runs: SLOW is sent again and again over HTTP;
 * meanwhile CHEAP is sent every few milliseconds and timed, for `budgetMs` (at least minCalls).
 */
export async function cheapWhileSlow(host: Host, cheap: Call, slow: Call, budgetMs = 4000, minCalls = 5): Promise<Timing & { slowCalls: number }> {
  let running = true;
  let slowCalls = 0;
  let firstSent!: () => void;
  const started = new Promise<void>((r) => (firstSent = r));
  const loop = (async () => {
    while (running) {
      const p = host.call(slow.name, slow.input);
      firstSent();
      await p;
      slowCalls += 1;
    }
  })();
  loop.catch(() => undefined); // awaited below; a failure is reported there
  await started;
  await new Promise((r) => setTimeout(r, 5));
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < minCalls || performance.now() - begin < budgetMs) {
    const t = performance.now();
    await host.call(cheap.name, cheap.input);
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
  running = false;
  await loop;
  return { ...summarize(times), slowCalls };
}
