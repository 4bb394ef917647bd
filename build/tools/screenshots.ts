import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

// `npx tsx build/tools/screenshots.ts [outDir]`: the real app on a fresh demo archive,
// in Debian's Chromium, one PNG per screen (and the roster as a PDF) to look at.

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.cjs');
const outDir = path.resolve(process.argv[2] ?? path.join(root, '.tmp/screens'));
const screens: Array<[string, string]> = [
  ['dashboard', '/'],
  ['roster', '/members'],
  ['committees', '/members/committees'],
  ['people', '/members/people'],
  ['meetings', '/meetings'],
  ['settings', '/settings'],
  ['print-roster', '/print/roster/1'],
];

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-shots-'));
  const db = path.join(dir, 'demo.sqlite');
  const demo = spawnSync(process.execPath, [cli, 'demo', '--db', db], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(demo.stderr);
  const server = spawn(process.execPath, [cli, 'serve', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Ho_Chi_Minh' });
    for (const [name, route] of screens) {
      await page.goto(`${url}#${route}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: route.startsWith('/print') });
    }
    await page.goto(`${url}#/print/roster/1`);
    await page.locator('html[data-print-ready="1"]').waitFor();
    await page.pdf({ path: path.join(outDir, 'roster.pdf'), format: 'A4', preferCSSPageSize: true });
    console.log(`screenshots in ${outDir}`);
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
