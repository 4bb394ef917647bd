import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { at, expect, test } from './fixtures';

const SCREENS = ['/', '/members', '/members/committees', '/members/people', '/meetings', '/conclusions', '/actions', '/search', '/backup', '/settings', '/print/roster/1'];

test('every screen renders under the strict CSP without a single console error', async ({ page, demoApp, consoleErrors }) => {
  for (const screen of SCREENS) {
    await page.goto(at(demoApp, screen));
    await expect(page.locator('#root')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
  }
  expect(consoleErrors).toEqual([]);
});

test('the page is served with a CSP that allows only our own scripts', async ({ request, demoApp }) => {
  const response = await request.get(demoApp.url);
  expect(response.status()).toBe(200);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('the renderer cannot reach any other address', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/'));
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('http://127.0.0.1:9/');
      return 'reached';
    } catch (error) {
      return String(error);
    }
  });
  expect(outcome).not.toBe('reached');
});

test('commands and pages need the per-launch token', async ({ request, playwright, demoApp }) => {
  const bare = await playwright.request.newContext();
  const noToken = await bare.post(`${demoApp.origin}${API_PREFIX}committees.list`, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrong = await bare.post(`${demoApp.origin}${API_PREFIX}committees.list`, { data: {}, headers: { [TOKEN_HEADER]: 'x'.repeat(43) } });
  expect(wrong.status()).toBe(401);
  const page = await bare.get(`${demoApp.origin}/`);
  expect(page.status()).toBe(401);
  expect(await page.text()).toContain('minutebook serve');
  await bare.dispose();

  const ok = await request.post(`${demoApp.origin}${API_PREFIX}committees.list`, {
    data: {},
    headers: { [TOKEN_HEADER]: demoApp.token },
  });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { ok: boolean; value: { items: Array<{ name: string }> } };
  expect(body.ok).toBe(true);
  expect(body.value.items[0]?.name).toContain('Thanh Hóa');
});

test('the server listens on loopback only', async ({ demoApp }) => {
  expect(new URL(demoApp.url).hostname).toBe('127.0.0.1');
});
