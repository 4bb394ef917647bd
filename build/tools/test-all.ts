import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// `npm test`: builds, then runs every suite — lint and typecheck, Vitest, Playwright — and
// ends with one line totalling them all: "N passed, N failed, N skipped".

const root = path.resolve(import.meta.dirname, '../..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}
const tallies: Tally[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A check that is one test: passes or fails as a whole. */
function check(suite: string, command: string, args: string[]): boolean {
  const ok = run(command, args) === 0;
  tallies.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function vitest() {
  const out = path.join(tmp, 'vitest.json');
  fs.rmSync(out, { force: true });
  const code = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number }>(out);
  if (!report) return tallies.push({ suite: 'unit (vitest)', passed: 0, failed: 1, skipped: 0 });
  // A file that fails to load counts as a failure even if no test in it ran.
  const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0);
  tallies.push({ suite: 'unit (vitest)', passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests });
}

interface PwSuite {
  suites?: PwSuite[];
  specs?: Array<{ title: string; tests: Array<{ status: string; annotations: Array<{ type: string; description?: string }> }> }>;
}
const skipNotes: string[] = [];

/** Every skipped spec with the reason it gave, so a skip is never silent. */
function skipReasons(suites: PwSuite[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'skipped')
        .map((t) => `${spec.title} — skipped: ${t.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'}`),
    ),
    ...skipReasons(suite.suites ?? []),
  ]);
}

function playwright() {
  const out = path.join(tmp, 'playwright.json');
  fs.rmSync(out, { force: true });
  const code = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: out });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PwSuite[] }>(out);
  if (!report) return tallies.push({ suite: 'e2e (playwright)', passed: 0, failed: 1, skipped: 0 });
  for (const reason of skipReasons(report.suites)) skipNotes.push(`e2e: ${reason}`);
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + flaky + (code !== 0 && unexpected + flaky === 0 ? 1 : 0);
  tallies.push({ suite: 'e2e (playwright)', passed: expected, failed, skipped });
}

const built = check('build', process.execPath, [bin('tsx'), 'build/tools/build.ts']);
check('lint (eslint, layering)', bin('eslint'), ['.']);
check('typecheck (main side)', bin('tsc'), ['-p', 'tsconfig.json']);
check('typecheck (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json']);
check('typecheck (e2e)', bin('tsc'), ['-p', 'e2e/tsconfig.json']);
vitest();
if (built) playwright();
else tallies.push({ suite: 'e2e (playwright)', passed: 0, failed: 1, skipped: 0 });

const total = tallies.reduce((t, x) => ({ passed: t.passed + x.passed, failed: t.failed + x.failed, skipped: t.skipped + x.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log('\nSummary');
for (const t of tallies) console.log(`  ${t.suite.padEnd(28)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
for (const note of skipNotes) console.log(`  ${note}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
