import type { Page } from '@playwright/test';
import { API_PREFIX, type PrintResult, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';

// The print toolbar as the Electron shell runs it. The shell's bridge (window.minutebook) is a
// stand-in here: its commands go to the real browser-mode server, and print answers what the
// shell's print channel answers (electron/shell/main.dist.test.ts proves the shell's side).

async function withShellBridge(page: Page, app: RunningApp, answer: PrintResult) {
  await page.addInitScript(
    ({ prefix, header, token, result }) => {
      const calls: unknown[] = [];
      const post = (name: string) => (input: unknown) =>
        fetch(prefix + name, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: JSON.stringify(input ?? {}) }).then((r) =>
          r.json(),
        );
      const commands = new Proxy({}, { get: (_target, name) => post(String(name)) });
      Object.assign(window, {
        minutebook: { commands, print: (request: unknown) => (calls.push(request), Promise.resolve(result)) },
        printCalls: calls,
      });
    },
    { prefix: API_PREFIX, header: TOKEN_HEADER, token: app.token, result: answer },
  );
  await page.goto(at(app, '/print/roster/1?asOf=2021-01-13'));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
}

test('a failed print shows the clerk an error in Vietnamese, with the reason', async ({ page, demoApp, consoleErrors }) => {
  await withShellBridge(page, demoApp, { status: 'failed', reason: 'Failed to generate PDF' });
  await page.getByRole('button', { name: 'Lưu PDF' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không in được tài liệu');
  await expect(alert).toContainText('Chi tiết: Failed to generate PDF');
  expect(await page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls)).toEqual([
    { route: '/print/roster/1?asOf=2021-01-13', mode: 'pdf' },
  ]);
  expect(consoleErrors).toEqual([]);
});

test('a refused print says it was refused, not nothing', async ({ page, demoApp }) => {
  await withShellBridge(page, demoApp, { status: 'refused', reason: 'untrusted' });
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Ứng dụng đã từ chối yêu cầu in này');
});

test('a saved PDF names its file', async ({ page, demoApp }) => {
  await withShellBridge(page, demoApp, { status: 'ok', saved: '/home/clerk/roster-1.pdf' });
  await page.getByRole('button', { name: 'Lưu PDF' }).click();
  await expect(page.getByText('Đã lưu: /home/clerk/roster-1.pdf')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a cancelled print shows no error', async ({ page, demoApp }) => {
  await withShellBridge(page, demoApp, { status: 'cancelled' });
  await page.getByRole('button', { name: 'Lưu PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls.length)).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
