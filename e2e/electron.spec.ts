import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ElectronApplication, type Page, _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../electron/cli/electron-binary';
import { runCli } from './fixtures';

// The real desktop shell (dist/main.cjs in the Electron binary), where the binary exists.
// Without it these are skipped with the reason; electron/shell/*.dist.test.ts test the built
// main and preload with stand-ins instead.

const root = path.resolve(import.meta.dirname, '..');
const binary = findElectron();

test.describe('the desktop shell', () => {
  test.skip('missing' in binary, `Electron binary not installed on this machine (${'missing' in binary ? binary.missing : ''}); browser mode is tested instead`);
  test.describe.configure({ mode: 'serial' });

  let dir: string;
  let app: ElectronApplication;
  let window: Page;

  test.beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-electron-'));
    const db = path.join(dir, 'archive.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    // Chromium refuses to run as root with its OS sandbox (CI runs as root); the renderer is
    // still Electron's sandboxed renderer (webPreferences.sandbox), which is what is tested.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({ args: [...rootArgs, path.join(root, 'dist/main.cjs'), '--db', db] });
    window = await app.firstWindow();
  });
  test.afterAll(async () => {
    await app?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opens the demo archive in a sandboxed, isolated window with one function per command', async () => {
    await window.getByRole('navigation').getByRole('link', { name: 'Thành viên', exact: true }).click();
    await expect(window.getByRole('table', { name: 'Danh sách thành viên' })).toContainText('Trịnh Tuấn Sinh');
    // The built preload ran in the sandbox (item 12): its bridge is there, Node is not.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((globalThis as { minutebook?: object }).minutebook ?? {}))).toEqual(['commands', 'print']);
  });

  test('has the Vietnamese menu and no DevTools without --dev', async () => {
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(labels).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Hiển thị', 'Trợ giúp']));
    const devTools = await app.evaluate(async ({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      contents.openDevTools();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return contents.isDevToolsOpened();
    });
    expect(devTools).toBe(false);
  });

  test('answers an invalid print request with a refusal, not a silent cancel', async () => {
    const result = await window.evaluate(() =>
      (globalThis as unknown as { minutebook: { print(r: unknown): Promise<unknown> } }).minutebook.print({ route: '/../../etc/passwd', mode: 'pdf' }),
    );
    expect(result).toEqual({ status: 'refused', reason: 'invalid' });
  });
});
