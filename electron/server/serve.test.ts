import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../db/test-support.js';
import { type Core, openCore } from '../core/client.js';
import { type RunningServer, startServer } from './serve.js';
import { makeStaticDir } from '../web/test-static-dir.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let core: Core;
let server: RunningServer;

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
  core = await openCore(path.join(root, 'archive.sqlite'), { host: 'browser', create: true });
  // Links from the static folder to things outside it: a file, the archive, a folder.
  const outside = makeTempDir();
  fs.mkdirSync(path.join(outside, 'folder'));
  fs.writeFileSync(path.join(outside, 'folder', 'inner.txt'), 'SECRET-INNER');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'secret.txt'));
  fs.symlinkSync(path.join(root, 'archive.sqlite'), path.join(staticDir, 'archive.sqlite'));
  fs.symlinkSync(path.join(outside, 'folder'), path.join(staticDir, 'linked-folder'));
  server = await startServer({ dispatch: core.dispatch, staticDir, port: 0 });
}, 60_000); // the core's worker threads load TypeScript through tsx: slow on a busy machine

afterAll(async () => {
  await server.close();
  await core.close();
  removeTempDirs();
});

function nonLoopbackAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal)
    .map((i) => i!.address);
}

function connectOutcome(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.on('connect', () => (socket.destroy(), resolve('connected')));
    socket.on('error', () => resolve('refused'));
  });
}

describe('listening', () => {
  it('binds 127.0.0.1 only, on a random port, with a long random token in the link', async () => {
    expect(server.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port: server.port });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Another loopback address, IPv6 loopback and this machine's network addresses would
    // reach a server bound to 0.0.0.0 or ::, but not one bound to 127.0.0.1.
    const elsewhere = ['127.0.0.2', '::1', ...nonLoopbackAddresses()];
    for (const host of elsewhere) expect([host, await connectOutcome(host, server.port)]).toEqual([host, 'refused']);
  });
});

/** Sends raw bytes and returns the status code of the reply (0 when the socket closed without one). */
function rawStatus(bytes: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: server.port });
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    socket.on('error', () => undefined);
    socket.end(bytes);
  });
}

describe('malformed requests', () => {
  const lines = () => [
    'GET //[ HTTP/1.1',
    'GET http://[ HTTP/1.1',
    `GET http://127.0.0.1:${server.port}/ HTTP/1.1`,
    `GET http://127.0.0.1:${server.port}/api/committees.list HTTP/1.1`,
    'GET //evil.example/ HTTP/1.1',
    `POST //127.0.0.1:${server.port}/api/committees.list HTTP/1.1`,
    'GET * HTTP/1.1',
    'OPTIONS * HTTP/1.1',
    'CONNECT 127.0.0.1:80 HTTP/1.1',
    'GET ../package.json HTTP/1.1',
    'GET /%E0%A4%A HTTP/1.1',
    'GET /%zz HTTP/1.1',
    'GET /?token=%ff HTTP/1.1',
    'POST /api/%ZZ HTTP/1.1',
    `GET /${'a'.repeat(8000)} HTTP/1.1`,
    'GET /\x7f HTTP/1.1',
    'GET /\xe1 HTTP/1.1',
    'GET / HTTP/9.9',
    'GARBAGE',
  ];

  it('answer 400 and never end the server; a good request is answered afterwards', async () => {
    const host = `Host: 127.0.0.1:${server.port}\r\nx-minutebook-token: ${server.token}`;
    for (const line of lines()) {
      expect([line.slice(0, 60), await rawStatus(`${line}\r\n${host}\r\nContent-Length: 0\r\n\r\n`)]).toEqual([line.slice(0, 60), 400]);
    }
    // Past Node's own 16 KiB header limit: 431 from Node itself, and the server lives on.
    expect(await rawStatus(`GET /${'a'.repeat(64 * 1024)} HTTP/1.1\r\n${host}\r\n\r\n`)).toBe(431);
    const good = await api('committees.list', '{}');
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null, total: 0 } });
    expect((await request('GET', '/')).status).toBe(200);
  });
});

describe('the API', () => {
  it('refuses a request without the token, with a wrong one, or with it in a cookie or the query', async () => {
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

  it('refuses a body that is not UTF-8 (400) instead of storing replacement characters', async () => {
    const before = JSON.parse((await api('people.list', '{}')).body).value.items.length;
    for (const bytes of [Buffer.from('{"fullName":"\xff\xfe abc"}', 'latin1'), Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x7d])]) {
      const reply = await request('POST', '/api/people.create', { 'content-type': 'application/json', 'x-minutebook-token': server.token }, bytes);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'the body is not UTF-8' } });
    }
    expect(JSON.parse((await api('people.list', '{}')).body).value.items.length).toBe(before);
    expect((await api('committees.list', '{}')).status).toBe(200);
  });

  it('lets a command that carries a file send up to 16 MiB, and no other', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 'Nguyễn Văn An,Ủy viên\n').toString('base64');
    const body = JSON.stringify({ committeeId: 999, fileName: 'danh-sach.csv', contentBase64: bytes });
    const upload = await api('roster.import.preview', body);
    expect(upload.status).toBe(200); // read, validated, and answered by the core (no such committee, or too large)
    expect(JSON.parse(upload.body).ok).toBe(false);
    expect((await api('people.list', JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
    expect((await api('roster.import.preview', JSON.stringify({ contentBase64: 'A'.repeat(17 * 1024 * 1024) }))).status).toBe(413);
  });

  it('answers 413 to a body over 1 MiB, and writes nothing', async () => {
    const before = JSON.parse((await api('people.list', '{}')).body).value.items.length;
    const big = JSON.stringify({ fullName: 'A', notes: 'x'.repeat(1024 * 1024) });
    const reply = await api('people.create', big);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse((await api('people.list', '{}')).body).value.items.length).toBe(before);
    // Just under the limit is read and reaches the handlers (whose schema then refuses the long notes).
    const fits = await api('people.create', JSON.stringify({ fullName: 'Lê Văn A', notes: 'x'.repeat(1000 * 1000) }));
    expect(fits.status).toBe(200);
    expect(JSON.parse(fits.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a body with a million keys (413), and still answers', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 1_000_000; i++) keys.push(`"k${i}":0`);
    const reply = await api('people.list', `{${keys.join(',')}}`);
    expect(reply.status).toBe(413);
    expect((await api('committees.list', '{}')).status).toBe(200);
  });

  it('refuses nesting deeper than 64 (400), and accepts it at the limit', async () => {
    const nested = (depth: number) => `{"query":"a","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    const deep = await api('people.list', nested(65));
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await api('people.list', nested(64))).status).toBe(200);
    expect((await api('people.list', '['.repeat(500_000))).status).toBe(400);
  });

  it('answers 405 to anything but POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await request(method, '/api/committees.list', { 'x-minutebook-token': server.token });
      expect(reply.status).toBe(405);
    }
  });
});

describe('pages and assets', () => {
  it('serves the renderer without the token: its files are not secret', async () => {
    for (const p of ['/', `/?token=${server.token}`, '/?token=wrong']) {
      const reply = await request('GET', p);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.body).toContain('<title>Minutebook</title>');
    }
    const script = await request('GET', '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toBe('console.log("minutebook");');
  });

  it('never sets a cookie, and never sends the token back', async () => {
    const replies = [
      await request('GET', `/?token=${server.token}`),
      await request('GET', '/assets/app.js'),
      await api('committees.list', '{}'),
      await request('GET', '/missing.js'),
    ];
    for (const reply of replies) {
      expect(reply.headers['set-cookie']).toBeUndefined();
      expect(JSON.stringify(reply.headers)).not.toContain(server.token);
      expect(reply.body).not.toContain(server.token);
    }
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/missing.js', '/assets', '/%00index.html'])(
    'GET %s → 404, nothing from outside the static folder',
    async (p) => {
      const reply = await request('GET', p);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('SECRET');
    },
  );

  it.each(['/assets/secret.txt', '/archive.sqlite', '/linked-folder/inner.txt', '/linked-folder'])(
    'GET %s → 404: a symbolic link out of the static folder is not followed',
    async (p) => {
      const reply = await request('GET', p);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('SECRET');
    },
  );

  it('refuses other methods on pages', async () => {
    expect((await request('POST', '/', {}, 'x')).status).toBe(405);
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
      await request('GET', '/assets/app.js'),
      await api('committees.list', '{}'),
      await api('committees.list', '{}', {}),
      await request('GET', '/nothing-here'),
      await request('GET', '//['),
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
