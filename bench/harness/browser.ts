import { type Browser, chromium } from '@playwright/test';
import type { Host } from './host.js';
import { DASHBOARD_NUMBERS, PEOPLE_ROW, ROUTES } from './inputs.js';
import { summarize, type Timing } from './stats.js';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM });
}

/** Opens the app in a fresh browser profile and waits for the dashboard's numbers (ms). */
export async function openToDashboard(browser: Browser, host: Host, timeoutMs = 120_000): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${host.url}${ROUTES.dashboard}`);
    await page.locator(DASHBOARD_NUMBERS.selector).nth(DASHBOARD_NUMBERS.count - 1).waitFor({ timeout: timeoutMs });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/** Opening the app, `runs` times per host, interleaved so that load on the machine hits each alike. */
export async function timeOpening(browser: Browser, hosts: Host[], runs: number): Promise<Timing[]> {
  const times: number[][] = hosts.map(() => []);
  for (const host of hosts) await openToDashboard(browser, host); // warm-up
  for (let r = 0; r < runs; r++) {
    for (const [i, host] of hosts.entries()) times[i]!.push(await openToDashboard(browser, host));
  }
  return times.map(summarize);
}

export interface TabMeasure {
  /** From navigation to the first row on screen; null when it did not show within the timeout. */
  ms: number | null;
  /** The page's JS heap after a garbage collection (CDP Runtime.getHeapUsage). */
  heapBytes: number | null;
  domNodes: number | null;
}

/** `promise`, or null when it takes longer than `ms` (a renderer stuck in a long task). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Opens the People tab, waits for its rows, collects garbage and reads the JS heap. */
export async function peopleTab(browser: Browser, host: Host, timeoutMs = 120_000): Promise<TabMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${host.url}${ROUTES.people}`);
    const shown = await page
      .locator(PEOPLE_ROW)
      .first()
      .waitFor({ timeout: timeoutMs })
      .then(() => true, () => false);
    const ms = shown ? performance.now() - start : null;
    // Read even when the rows never showed: the heap of a renderer stuck building them.
    const cdp = await context.newCDPSession(page);
    const heap = await within(
      cdp.send('HeapProfiler.collectGarbage').then(() => cdp.send('Runtime.getHeapUsage')),
      30_000,
    );
    const domNodes = await within(page.locator('*').count(), 30_000);
    return { ms, heapBytes: heap?.usedSize ?? null, domNodes };
  } finally {
    await context.close();
  }
}
