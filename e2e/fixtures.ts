import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { corruptTablePage } from '../db/test-support';

const root = path.resolve(import.meta.dirname, '..');
export const cli = path.join(root, 'dist/cli.cjs');

export interface RunningApp {
  /** The link `minutebook serve` printed, with its token. */
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  dir: string;
  /** Stops the server (as when the clerk closes the terminal running it). */
  stop(): Promise<void>;
}

export function runCli(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

/** Starts `minutebook serve` on a random port and waits for the link it prints. */
export async function startServe(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no link: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  return { url, child };
}

type Archive = 'demo' | 'empty' | 'damaged';

async function launch(kind: Archive, use: (app: RunningApp) => Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-e2e-'));
  const dbFile = path.join(dir, 'archive.sqlite');
  const made = runCli([kind === 'empty' ? 'init' : 'demo', '--db', dbFile]);
  expect(made.status, made.stderr).toBe(0);
  if (kind === 'damaged') corruptTablePage(dbFile, 'people');
  const { url, child } = await startServe(dbFile);
  const parsed = new URL(url);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', dbFile, dir, stop });
  } finally {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Console errors (CSP violations among them) collected during a test. */
export const test = base.extend<{ demoApp: RunningApp; emptyApp: RunningApp; damagedApp: RunningApp; consoleErrors: string[] }>({
  demoApp: async ({}, use) => launch('demo', use),
  emptyApp: async ({}, use) => launch('empty', use),
  /** The demo archive with a damaged page: it opens, then fails its integrity check. */
  damagedApp: async ({}, use) => launch('damaged', use),
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});

export { expect };

/** The app's address for a route, with the token. */
export function at(app: RunningApp, route: string): string {
  return `${app.url}#${route}`;
}
