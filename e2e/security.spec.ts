import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { at, expect, test } from './fixtures';

const SCREENS = ['/', '/members', '/members/committees', '/members/people', '/meetings', '/conclusions', '/actions', '/search', '/backup', '/settings', '/print/roster/1'];

interface Probe {
  origin: string;
  /** Every request that arrived: method, path and Cookie header. */
  received: Array<{ path: string; cookie: string | undefined }>;
  close(): Promise<void>;
}

/** Another web server on 127.0.0.1 (another port): what a page of ours must not reach. */
async function startProbe(): Promise<Probe> {
  const received: Probe['received'] = [];
  const server = http.createServer((req, res) => {
    received.push({ path: req.url ?? '', cookie: req.headers.cookie });
    // Answers that would load if the CSP let them through: a readable page, a real image.
    const image = req.url === '/image';
    res.writeHead(200, { 'Content-Type': image ? 'image/gif' : 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    res.end(image ? Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') : '<!doctype html><title>probe</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

test('every screen renders under the strict CSP without a single console error', async ({ page, demoApp, consoleErrors }) => {
  for (const screen of SCREENS) {
    await page.goto(at(demoApp, screen));
    await expect(page.locator('#root')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
  }
  // A dialog too: a component that injects a <style> tag or a style attribute would show here.
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  await expect(page.getByRole('dialog', { name: 'Thêm cán bộ' })).toBeVisible();
  await page.keyboard.press('Escape');
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

test('the renderer cannot reach any other address: the CSP blocks it and the request never arrives', async ({ page, demoApp }) => {
  const probe = await startProbe();
  try {
    await page.goto(at(demoApp, '/'));
    await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
    const attempts = await page.evaluate(async (origin) => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const fetched = await fetch(`${origin}/fetch`).then(() => 'reached', () => 'failed');
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('reached');
        img.onerror = () => resolve('failed');
        img.src = `${origin}/image`;
      });
      // Violation events are queued as tasks: wait for both (or give up after 5 s).
      for (let waited = 0; waited < 5000 && new Set(seen).size < 2; waited += 50) await new Promise((r) => setTimeout(r, 50));
      return { fetched, image, violations: [...new Set(seen)].sort() };
    }, probe.origin);
    expect(attempts).toEqual({
      fetched: 'failed',
      image: 'failed',
      violations: [`connect-src ${probe.origin}/fetch`, `img-src ${probe.origin}/image`],
    });
    expect(probe.received).toEqual([]);
  } finally {
    await probe.close();
  }
});

test('the token is never in a cookie, leaves the address bar, and a reload still works', async ({ page, context, demoApp }) => {
  const probe = await startProbe();
  try {
    await page.goto(at(demoApp, '/members'));
    const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
    await expect(roster).toContainText('Trịnh Tuấn Sinh');
    expect(page.url()).toBe(`${demoApp.origin}/#/members`);
    expect(await context.cookies()).toEqual([]);

    // Another server on 127.0.0.1 receives no cookie (browsers do not scope cookies by port).
    await page.goto(`${probe.origin}/elsewhere`);
    expect(probe.received[0]).toEqual({ path: '/elsewhere', cookie: undefined });
    expect(probe.received.filter((r) => r.cookie !== undefined)).toEqual([]);
    // Back in the history, the entry no longer carries the token; the tab still has it.
    await page.goBack();
    expect(page.url()).toBe(`${demoApp.origin}/#/members`);
    await expect(roster).toContainText('Trịnh Tuấn Sinh');

    await page.reload();
    await expect(roster).toContainText('Trịnh Tuấn Sinh');
    expect(page.url()).not.toContain(demoApp.token);
    expect(JSON.stringify(await context.cookies())).not.toContain(demoApp.token);
  } finally {
    await probe.close();
  }
});

test('commands need the per-launch token; the app without it says to open the printed link', async ({ request, playwright, browser, demoApp }) => {
  const bare = await playwright.request.newContext();
  const noToken = await bare.post(`${demoApp.origin}${API_PREFIX}committees.list`, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrong = await bare.post(`${demoApp.origin}${API_PREFIX}committees.list`, { data: {}, headers: { [TOKEN_HEADER]: 'x'.repeat(43) } });
  expect(wrong.status()).toBe(401);
  await bare.dispose();

  const ok = await request.post(`${demoApp.origin}${API_PREFIX}committees.list`, {
    data: {},
    headers: { [TOKEN_HEADER]: demoApp.token },
  });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { ok: boolean; value: { items: Array<{ name: string }> } };
  expect(body.ok).toBe(true);
  expect(body.value.items[0]?.name).toContain('Thanh Hóa');

  // A fresh tab opened without the link has the (public) app but no data.
  const fresh = await browser.newPage();
  await fresh.goto(`${demoApp.origin}/#/members`);
  await expect(fresh.getByText('Hãy mở lại Minutebook bằng đường dẫn mới').first()).toBeVisible();
  await expect(fresh.getByText('Trịnh Tuấn Sinh')).toHaveCount(0);
  await fresh.close();
});

/** Local addresses of listening TCP sockets on `port`, read from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A = LISTEN
      const [hex, portHex] = local.split(':');
      if (parseInt(portHex ?? '', 16) !== port || !hex) continue;
      found.push(hex.length === 8 ? (hex.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)).join('.') : `ipv6:${hex}`);
    }
  }
  return found;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

test('the server listens on loopback only', async ({ demoApp }) => {
  test.skip(!fs.existsSync('/proc/net/tcp'), 'reads the socket table of Linux');
  const port = Number(new URL(demoApp.url).port);
  expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  expect(await connects('127.0.0.1', port)).toBe(true);
  const network = Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal)
    .map((i) => i!.address);
  for (const host of ['127.0.0.2', '::1', ...network]) expect([host, await connects(host, port)]).toEqual([host, false]);
});

test('malformed request targets get 400 from the built server, which keeps answering', async ({ request, demoApp }) => {
  const port = Number(new URL(demoApp.url).port);
  const statusOf = (line: string) =>
    new Promise<string>((resolve) => {
      let reply = '';
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
      socket.on('close', () => resolve(reply.slice(0, 12)));
      socket.on('error', () => undefined);
      socket.end(`${line}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
  for (const line of ['GET //[ HTTP/1.1', 'GET http://[ HTTP/1.1', 'GET * HTTP/1.1', 'GET /%E0%A4%A HTTP/1.1']) {
    expect([line, await statusOf(line)]).toEqual([line, 'HTTP/1.1 400']);
  }
  const ok = await request.post(`${demoApp.origin}${API_PREFIX}committees.list`, { data: {}, headers: { [TOKEN_HEADER]: demoApp.token } });
  expect(ok.status()).toBe(200);
});
