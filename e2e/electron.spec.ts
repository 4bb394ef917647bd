import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../electron/cli/electron-binary';
import { runCli } from './fixtures';

const root = path.resolve(import.meta.dirname, '..');

const binary = findElectron();

test('the desktop shell opens the demo archive in a hardened window', async () => {
  test.skip('missing' in binary, `Electron binary not installed on this machine (${'missing' in binary ? binary.missing : ''}); browser mode is tested instead`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-electron-'));
  const db = path.join(dir, 'archive.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  const app = await electron.launch({ args: [path.join(root, 'dist/main.cjs'), '--db', db] });
  try {
    const window = await app.firstWindow();
    await window.getByRole('navigation').getByRole('link', { name: 'Thành viên', exact: true }).click();
    await expect(window.getByRole('table', { name: 'Danh sách thành viên' })).toContainText('Trịnh Tuấn Sinh');
    // Sandboxed, isolated, no Node: the page sees neither require nor process.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((globalThis as { minutebook?: object }).minutebook ?? {}))).toEqual(['commands', 'print']);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
