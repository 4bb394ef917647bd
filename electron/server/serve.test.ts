import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTempDirs } from '../../db/test-support.js';
import { type Session, openSession } from '../handlers/session.js';
import { type RunningServer, startServer } from './serve.js';
import { makeStaticDir } from './test-static-dir.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let session: Session;
let server: RunningServer;
let listening: http.Server;
let cookie: string;

function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (name: string, body: string, headers: Record<string, string> = { 'x-minutebook-token': server.token }) =>
  request('POST', `/api/${name}`, { 'content-type': 'application/json', ...headers }, body);

beforeAll(async () => {
  const { root, staticDir } = makeStaticDir();
  session = await openSession(path.join(root, 'archive.sqlite'), 'browser');
  const listen = vi.spyOn(net.Server.prototype, 'listen');
  server = await startServer({ dispatch: session.dispatch, staticDir, port: 0 });
  listening = listen.mock.contexts[0] as http.Server;
  listen.mockRestore();
  cookie = `minutebook_token=${server.token}`;
});

afterAll(async () => {
  await server.close();
  await session.close();
  removeTempDirs();
});

describe('listening', () => {
  it('binds 127.0.0.1 only, on a random port, with a long random token in the link', async () => {
    expect(listening.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port: server.port });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Another loopback address reaches 0.0.0.0 but not 127.0.0.1.
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port: server.port });
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});

describe('the API', () => {
  it('refuses a request without the token, with a wrong one, or with it only in a cookie or the query', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { 'x-minutebook-token': 'nope' },
      { 'x-minutebook-token': `${server.token}x` },
      { cookie: `minutebook_token=${server.token}` },
    ];
    for (const headers of attempts) {
      const reply = await api('committees.list', '{}', headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await request('POST', `/api/committees.list?token=${server.token}`, {}, '{}')).status).toBe(401);
  });

  it('answers a Result with the right token header, and writes through the real handlers', async () => {
    const created = await api('people.create', JSON.stringify({ fullName: 'Trịnh Tuấn Sinh' }));
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { fullName: 'Trịnh Tuấn Sinh' } });
    const listed = JSON.parse((await api('people.list', JSON.stringify({ query: 'trinh' }))).body);
    expect(listed).toMatchObject({ ok: true, value: { items: [{ fullName: 'Trịnh Tuấn Sinh' }], hasMore: false } });
  });

  it('passes validation and unknown commands back as Results', async () => {
    expect(JSON.parse((await api('people.create', '{"fullName":""}')).body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse((await api('people.drop', '{}')).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(JSON.parse((await api('committees.list', '')).body)).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null, total: 0 } });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await api('people.create', '{fullName: oops');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers 413 to a body over 16 MiB, and writes nothing', async () => {
    const before = JSON.parse((await api('people.list', '{}')).body).value.items.length;
    const big = JSON.stringify({ fullName: 'A', notes: 'x'.repeat(17 * 1024 * 1024) });
    const reply = await api('people.create', big);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse((await api('people.list', '{}')).body).value.items.length).toBe(before);
  });

  it('answers 405 to anything but POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await request(method, '/api/committees.list', { 'x-minutebook-token': server.token });
      expect(reply.status).toBe(405);
    }
  });
});

describe('pages and assets', () => {
  it('GET / without the token shows a page saying how to open the app, with 401', async () => {
    const reply = await request('GET', '/');
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('minutebook serve');
    expect(reply.body).not.toContain('<script');
    expect((await request('GET', '/?token=wrong')).status).toBe(401);
  });

  it('GET /?token= serves index.html and sets a strict, HttpOnly cookie', async () => {
    const reply = await request('GET', `/?token=${server.token}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body).toContain('<title>Minutebook</title>');
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^minutebook_token=${server.token};`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie.split(';')[0]).toBe(cookie);
  });

  it('serves assets to the cookie, not without it', async () => {
    const reply = await request('GET', '/assets/app.js', { cookie });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.body).toBe('console.log("minutebook");');
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect((await request('GET', '/assets/app.js')).status).toBe(401);
    expect((await request('GET', '/assets/app.js', { cookie: 'minutebook_token=forged' })).status).toBe(401);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/missing.js', '/assets', '/%00index.html', '/%E0%A4%A'])(
    'GET %s → 404, nothing from outside the static folder',
    async (p) => {
      const reply = await request('GET', p, { cookie });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('SECRET');
    },
  );

  it('refuses other methods on pages', async () => {
    expect((await request('POST', '/', { cookie }, 'x')).status).toBe(405);
  });
});

describe('origin and headers', () => {
  it('answers 403 to a foreign Host header even with the token (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      expect((await request('GET', `/?token=${server.token}`, { host })).status).toBe(403);
      expect((await api('committees.list', '{}', { host, 'x-minutebook-token': server.token })).status).toBe(403);
    }
    expect((await request('GET', `/?token=${server.token}`, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('sends a strict CSP and the other security headers on every response', async () => {
    const replies = [
      await request('GET', `/?token=${server.token}`),
      await request('GET', '/assets/app.js', { cookie }),
      await api('committees.list', '{}'),
      await request('GET', '/'),
      await request('GET', '/nothing-here', { cookie }),
    ];
    for (const reply of replies) {
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });
});
