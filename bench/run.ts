import fs from 'node:fs';
import os from 'node:os';
import { cachedArchive, smallArchives } from './harness/archives.js';
import { launchChromium, openToDashboard, peopleTab, timeOpening } from './harness/browser.js';
import { cheapWhileSlow } from './harness/concurrency.js';
import { type Host, startHost } from './harness/host.js';
import { CHEAP, type Call, FIRST_SCREEN, PEOPLE_SEARCH, SLOW } from './harness/inputs.js';
import { machine } from './harness/machine.js';
import { type Figure, exitCode, formatTable, mib, ms, p99Figure, timing } from './harness/report.js';
import { openBenchSession } from './harness/session.js';
import { rosterImportFigure } from './roster-import.js';
import { attachmentsFigure } from './attachments.js';
// C2 (issue 9): the chase and the report
import { actionsFigures } from './actions.js';
import { type Timing, timeCalls } from './harness/stats.js';

// `npm run bench`: every figure is the same operation on the generated 20-year archive and on
// the demo (or empty) archive, in the same run, through the path the clerk's requests take:
// the command dispatch, and the HTTP round trip to the real browser-mode host (`minutebook
// serve`), and Chromium for the screens. Exit 1 when a target is missed.

const LATENCY_MS = 50;
const OPEN_RATIO = 1.5;
const HOST_RSS = 300 * 2 ** 20;
const RENDERER_HEAP = 150 * 2 ** 20;
const OPEN_RUNS = 5;

const began = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`);

async function viaDispatch(file: string, calls: Call[]): Promise<Timing[]> {
  const session = await openBenchSession(file);
  try {
    const out: Timing[] = [];
    for (const c of calls) {
      out.push(
        await timeCalls(async () => {
          const result = await session.dispatch(c.name, c.input);
          if (!result.ok) throw new Error(`${c.name}: ${result.error.message}`);
        }),
      );
    }
    return out;
  } finally {
    await session.close();
  }
}

const viaHttp = async (host: Host, calls: Call[]) => {
  const out: Timing[] = [];
  for (const c of calls) out.push(await timeCalls(() => host.call(c.name, c.input)));
  return out;
};

/** Runs one measuring phase; a phase that fails (a host that died) is reported as a missed figure, and the run goes on. */
async function phase(figures: Figure[], name: string, run: () => Promise<void>): Promise<void> {
  log(`${name}…`);
  try {
    await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.error(error);
    figures.push({ figure: name, path: 'error', big: message.slice(0, 120), small: '', target: 'completes', pass: false });
  }
}

async function main() {
  log(`machine: ${machine()}`);
  const big = await cachedArchive(500, log);
  const crowd = await cachedArchive(50_000, log);
  const small = await smallArchives();
  log(`20-year archive: ${mib(fs.statSync(big).size)}; 50,000-person archive: ${mib(fs.statSync(crowd).size)}; demo: ${mib(fs.statSync(small.demo).size)}`);
  const figures: Figure[] = [];
  const hosts: Host[] = [];

  try {
    await phase(figures, 'first-screen commands through the dispatch', async () => {
      const [dBig, dDemo] = [await viaDispatch(big, FIRST_SCREEN), await viaDispatch(small.demo, FIRST_SCREEN)];
      const [dCrowd, dCrowdDemo] = [await viaDispatch(crowd, PEOPLE_SEARCH), await viaDispatch(small.demo, PEOPLE_SEARCH)];
      FIRST_SCREEN.forEach((c, i) => figures.push(p99Figure(c.label, 'dispatch', dBig[i]!, dDemo[i]!, LATENCY_MS)));
      PEOPLE_SEARCH.forEach((c, i) => figures.push(p99Figure(c.label, 'dispatch', dCrowd[i]!, dCrowdDemo[i]!, LATENCY_MS)));
    });

    // C2 (issue 9): the dashboard's chase, the list behind it, and the report (counts and the streamed .xlsx).
    await phase(figures, 'actions: the chase, the list and the report through the core', async () => void figures.push(...(await actionsFigures(big, small.demo))));

    await phase(figures, 'roster import, 10,000 rows, through the dispatch', async () => void figures.push(await rosterImportFigure(big, small.demo)));

    // Attachments (helper M3): a 100 MB file through its own host, so its peak RSS is the file's alone.
    await phase(figures, 'attachment 100 MB through the browser-mode host', async () => void figures.push(await attachmentsFigure(small.demo)));

    log('starting the browser-mode hosts (minutebook serve)…');
    const start = async (file: string) => {
      const host = await startHost(file);
      hosts.push(host);
      return host;
    };
    const [hBig, hDemo, hEmpty, hCrowd] = [await start(big), await start(small.demo), await start(small.empty), await start(crowd)];

    await phase(figures, 'first-screen commands over HTTP', async () => {
      const [tBig, tDemo] = [await viaHttp(hBig, FIRST_SCREEN), await viaHttp(hDemo, FIRST_SCREEN)];
      const [tCrowd, tCrowdDemo] = [await viaHttp(hCrowd, PEOPLE_SEARCH), await viaHttp(hDemo, PEOPLE_SEARCH)];
      FIRST_SCREEN.forEach((c, i) => figures.push(p99Figure(c.label, 'HTTP', tBig[i]!, tDemo[i]!, LATENCY_MS)));
      PEOPLE_SEARCH.forEach((c, i) => figures.push(p99Figure(c.label, 'HTTP', tCrowd[i]!, tCrowdDemo[i]!, LATENCY_MS)));
    });

    await phase(figures, `cheap commands while ${SLOW.label} runs`, async () => {
      const slow = await timeCalls(() => hCrowd.call(SLOW.name, SLOW.input));
      figures.push({ figure: `${SLOW.label} (the slow query), 50,000 people`, path: 'HTTP', big: timing(slow), small: '', target: '', pass: null });
      for (const cheap of CHEAP) {
        const cBig = await cheapWhileSlow(hCrowd, cheap, SLOW);
        const cDemo = await cheapWhileSlow(hDemo, cheap, SLOW);
        figures.push({
          ...p99Figure(`${cheap.label} while ${SLOW.label} runs, 50,000 people`, 'HTTP', cBig, cDemo, LATENCY_MS),
          big: `${timing(cBig)}, ${cBig.slowCalls} slow calls`,
        });
      }
    });

    const browser = await launchChromium();
    try {
      await phase(figures, 'open the app in Chromium', async () => {
        const [oBig, oDemo, oEmpty] = await timeOpening(browser, [hBig, hDemo, hEmpty], OPEN_RUNS);
        figures.push({
          figure: 'open the app to the dashboard numbers',
          path: 'Chromium',
          big: timing(oBig!),
          small: `demo ${timing(oDemo!)}; empty ${timing(oEmpty!)}`,
          target: `median ≤ ${OPEN_RATIO}× empty`,
          pass: oBig!.median <= OPEN_RATIO * oEmpty!.median,
        });
      });
      await phase(figures, 'People tab with 50,000 people', async () => {
        const pDemo = await peopleTab(browser, hDemo);
        const pCrowd = await peopleTab(browser, hCrowd);
        const heap = (b: number | null) => (b === null ? 'unreadable (renderer busy)' : mib(b));
        const shown = (t: typeof pCrowd) =>
          `${t.ms === null ? 'not shown within 120 s' : `${ms(t.ms)} ms`}, ${t.domNodes === null ? '?' : t.domNodes.toLocaleString('en-US')} DOM nodes`;
        figures.push({
          figure: 'People tab, renderer JS heap',
          path: 'Chromium',
          big: `${heap(pCrowd.heapBytes)} (50,000 people)`,
          small: heap(pDemo.heapBytes),
          target: `< ${mib(RENDERER_HEAP)}`,
          pass: pCrowd.ms !== null && pCrowd.heapBytes !== null && pCrowd.heapBytes < RENDERER_HEAP,
        });
        figures.push({ figure: 'People tab, first row shown', path: 'Chromium', big: shown(pCrowd), small: shown(pDemo), target: '', pass: null });
      });
      // A last look at the dashboard on the 50,000-person archive, so its host's peak covers it too.
      await openToDashboard(browser, hCrowd).catch(() => undefined);
    } finally {
      await browser.close();
    }

    await phase(figures, 'host process peak memory (RSS)', async () => {
      const peak = (h: Host) => h.peakRss();
      figures.push({
        figure: 'host process peak memory (RSS)',
        path: 'serve process',
        big: `${mib(peak(hBig))}; 50,000 people: ${mib(peak(hCrowd))}`,
        small: `demo ${mib(peak(hDemo))}; empty ${mib(peak(hEmpty))}`,
        target: `< ${mib(HOST_RSS)}`,
        pass: Math.max(peak(hBig), peak(hCrowd)) < HOST_RSS,
      });
    });
  } finally {
    for (const h of hosts) await h.stop();
    fs.rmSync(small.dir, { recursive: true, force: true });
  }

  log('');
  log(`machine: ${machine()}`);
  log(formatTable(figures, { big: '20-year archive: median / p99', small: 'demo / empty archive' }));
  const [load1] = os.loadavg();
  if (load1! > os.cpus().length) {
    log(`note: load average ${load1!.toFixed(1)} on ${os.cpus().length} cores — the machine was shared with other work; single slow calls set the p99 figures (see the demo's p99)`);
  }
  const missed = figures.filter((f) => f.pass === false).length;
  log(`\n${missed === 0 ? 'every target met' : `${missed} target(s) missed`}; bench ran ${((performance.now() - began) / 1000).toFixed(0)} s`);
  process.exitCode = exitCode(figures);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
