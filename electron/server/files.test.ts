import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoFile, removeTempDirs } from '../../db/test-support.js';
import { ATTACHMENT_MAX_BYTES, type AttachmentInfo, DOWNLOAD_ROUTE, type Page, TOKEN_HEADER, UPLOAD_ROUTE } from '../contract.js';
import { type Core, openCore } from '../core/client.js';
import { makeStaticDir } from '../web/test-static-dir.js';
import { MAX_CONCURRENT_UPLOADS, STALE_UPLOAD_MS, UPLOAD_DIR_PREFIX, sweepStaleUploads } from './files.js';
import { type RunningServer, startServer } from './serve.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let core: Core;
let server: RunningServer;
let archiveFile: string;
let meetingId: number;

/** A request whose body is streamed from `body` (a Buffer or a lazy stream); resolves on the reply. */
function request(method: string, target: string, headers: Record<string, string>, body?: Buffer | Readable): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // The server may close the connection before the body is sent (413): that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

const token = () => ({ [TOKEN_HEADER]: server.token });
const uploadTarget = (name: string, target = `meetingId=${meetingId}`) => `${UPLOAD_ROUTE}?name=${encodeURIComponent(name)}&${target}`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** `size` bytes produced lazily, 1 MiB at a time from one buffer, counting how much was read. */
function lazyBody(size: number) {
  const piece = Buffer.alloc(1024 * 1024, 0x41);
  let left = size;
  const state = { produced: 0 };
  const stream = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, piece.length);
      left -= n;
      state.produced += n;
      this.push(piece.subarray(0, n));
    },
  });
  return { stream, state };
}

/** The archive as bytes on disk: its file and its WAL. */
function archiveBytes(): string {
  return [archiveFile, `${archiveFile}-wal`].map((f) => (fs.existsSync(f) ? sha(fs.readFileSync(f)) : '-')).join(' ');
}

const uploadDirs = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('minutebook-upload-')).sort();

async function list(): Promise<AttachmentInfo[]> {
  const result = await core.dispatch('attachments.list', { meetingId });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as Page<AttachmentInfo>).items;
}

beforeAll(async () => {
  const { staticDir } = makeStaticDir();
  archiveFile = await createDemoFile();
  core = await openCore(archiveFile, { host: 'browser' });
  const meetings = await core.dispatch('meetings.list', { limit: 1 });
  meetingId = (meetings as { ok: true; value: Page<{ id: number }> }).value.items[0]!.id;
  server = await startServer({ dispatch: core.dispatch, files: core, staticDir, port: 0 });
}, 60_000);

afterAll(async () => {
  await server.close();
  await core.close();
  removeTempDirs();
});

describe('the upload route', () => {
  it('refuses a request without the token (401) and stores nothing', async () => {
    const before = await list();
    const reply = await request('POST', uploadTarget('a.pdf'), {}, Buffer.from('%PDF-1.4'));
    expect(reply.status).toBe(401);
    const wrong = await request('POST', uploadTarget('a.pdf'), { [TOKEN_HEADER]: 'x'.repeat(43) }, Buffer.from('%PDF-1.4'));
    expect(wrong.status).toBe(401);
    expect(await list()).toEqual(before);
  });

  it('answers 413 to a Content-Length above 200 MB before reading the body; the archive stays byte-identical', async () => {
    const before = archiveBytes();
    const dirs = uploadDirs();
    const { stream, state } = lazyBody(ATTACHMENT_MAX_BYTES + 1);
    const reply = await request('POST', uploadTarget('phim.pdf'), { ...token(), 'content-length': String(ATTACHMENT_MAX_BYTES + 1) }, stream);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body.toString())).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    // Refused on the header: at most what the sockets' buffers took before the reply came.
    expect(state.produced).toBeLessThan(64 * 1024 * 1024);
    expect(archiveBytes()).toBe(before);
    expect(uploadDirs()).toEqual(dirs);
  });

  it('counts a body sent without a length (chunked) and stops reading it just past 200 MB with 413; nothing stored, no temp file left', async () => {
    const before = archiveBytes();
    const dirs = uploadDirs();
    const rss = process.memoryUsage().rss;
    const { stream, state } = lazyBody(ATTACHMENT_MAX_BYTES + 100 * 1024 * 1024);
    const reply = await request('POST', uploadTarget('phim.pdf'), { ...token(), 'transfer-encoding': 'chunked' }, stream);
    expect(reply.status).toBe(413);
    // The server stopped reading once past the limit, not at the end of the body.
    expect(state.produced).toBeGreaterThan(ATTACHMENT_MAX_BYTES);
    expect(state.produced).toBeLessThan(ATTACHMENT_MAX_BYTES + 64 * 1024 * 1024);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024); // streamed to disk, never held
    expect(archiveBytes()).toBe(before);
    expect(uploadDirs()).toEqual(dirs);
  }, 120_000);

  it('stores a file under a safe name (no ../, no RTL override), and the download gives back the same bytes', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024 + 17)]);
    const name = '../../Báo cáo\u202Efdp.exe';
    const up = await request('POST', uploadTarget(name), { ...token(), 'content-type': 'application/pdf', 'content-length': String(bytes.length) }, bytes);
    expect(up.status).toBe(200);
    const stored = JSON.parse(up.body.toString()) as { ok: true; value: AttachmentInfo };
    expect(stored.value).toMatchObject({ fileName: 'Báo cáofdp.exe', size: bytes.length, sha256: sha(bytes), mimeType: 'application/octet-stream' });
    expect((await list()).map((a) => a.id)).toContain(stored.value.id);

    const down = await request('GET', `${DOWNLOAD_ROUTE}${stored.value.id}?inline=1`, token());
    expect(down.status).toBe(200);
    expect(down.body.equals(bytes)).toBe(true);
    // A mismatched type is never shown inline, even when asked.
    expect(down.headers['content-type']).toBe('application/octet-stream');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    const disposition = down.headers['content-disposition']!;
    expect(disposition).toBe(`attachment; filename="Bao caofdp.exe"; filename*=UTF-8''B%C3%A1o%20c%C3%A1ofdp.exe`);
    expect(disposition).not.toMatch(/\.\.|\/|\u202e|%E2%80%AE/i);
  });

  it('a PDF whose bytes are a PDF may open inline; without the token no byte is sent', async () => {
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
    const up = await request('POST', uploadTarget('Biên bản.pdf'), { ...token(), 'content-length': String(bytes.length) }, bytes);
    const id = (JSON.parse(up.body.toString()) as { value: AttachmentInfo }).value.id;
    const inline = await request('GET', `${DOWNLOAD_ROUTE}${id}?inline=1`, token());
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    const saved = await request('GET', `${DOWNLOAD_ROUTE}${id}`, token());
    expect(saved.headers['content-disposition']).toMatch(/^attachment; /);
    expect(saved.headers['content-security-policy']).toContain('sandbox');
    const stranger = await request('GET', `${DOWNLOAD_ROUTE}${id}`, {});
    expect(stranger.status).toBe(401);
    expect(stranger.body.includes(bytes)).toBe(false);
  });

  it('refuses an upload with no target or two, and a download of no attachment', async () => {
    expect((await request('POST', `${UPLOAD_ROUTE}?name=a.pdf`, token(), Buffer.from('x'))).status).toBe(400);
    expect((await request('POST', `${UPLOAD_ROUTE}?name=a.pdf&meetingId=1&decisionId=1`, token(), Buffer.from('x'))).status).toBe(400);
    expect((await request('GET', `${DOWNLOAD_ROUTE}999999`, token())).status).toBe(404);
    expect((await request('GET', `${DOWNLOAD_ROUTE}..%2F..%2Fetc`, token())).status).toBe(404);
  });

  it('FB: an id past Number.MAX_SAFE_INTEGER is 404 (typed), a repeated query parameter 400, and a refused upload (empty file) answers 400 with its typed body, not 200', async () => {
    const huge = await request('GET', `${DOWNLOAD_ROUTE}9007199254740993`, token());
    expect(huge.status).toBe(404);
    expect(JSON.parse(huge.body.toString())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const hugeTarget = await request('POST', `${UPLOAD_ROUTE}?name=a.pdf&meetingId=9007199254740993`, token(), Buffer.from('x'));
    expect(hugeTarget.status).toBe(400);
    const before = archiveBytes();
    const twice = await request('POST', `${UPLOAD_ROUTE}?name=a.pdf&meetingId=${meetingId}&meetingId=${meetingId}`, token(), Buffer.from('x'));
    expect(twice.status).toBe(400);
    expect(JSON.parse(twice.body.toString())).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await request('GET', `${DOWNLOAD_ROUTE}1?inline=1&inline=0`, token())).status).toBe(400);
    const empty = await request('POST', uploadTarget('rong.pdf'), token(), Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body.toString())).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'file', message: 'empty_file' }] } });
    expect(archiveBytes()).toBe(before);
  });
});

describe('the upload route, before and around the body', () => {
  it('refuses a meeting or agenda item that does not exist (404) before reading the body: no temp file, nothing stored', async () => {
    const before = archiveBytes();
    const dirs = uploadDirs();
    for (const [target, status, body] of [
      ['meetingId=99999999', 404, { code: 'NOT_FOUND' }],
      ['agendaItemId=99999999', 404, { code: 'NOT_FOUND' }],
    ] as const) {
      const { stream, state } = lazyBody(100 * 1024 * 1024);
      const reply = await request('POST', uploadTarget('a.pdf', target), { ...token(), 'content-length': String(100 * 1024 * 1024) }, stream);
      expect(reply.status).toBe(status);
      expect(JSON.parse(reply.body.toString())).toMatchObject({ ok: false, error: body });
      expect(state.produced).toBeLessThan(32 * 1024 * 1024); // only what the sockets took before the reply
      stream.destroy();
    }
    expect(uploadDirs()).toEqual(dirs);
    expect(archiveBytes()).toBe(before);
  }, 60_000);

  it(`streams at most ${MAX_CONCURRENT_UPLOADS} uploads at once: one more is answered 503 with Retry-After, unread; the others then finish`, async () => {
    const dirs = uploadDirs();
    const bodies = Array.from({ length: MAX_CONCURRENT_UPLOADS }, () => new PassThrough());
    const replies = bodies.map((body, i) => {
      const reply = request('POST', uploadTarget(`song-song-${i}.pdf`), { ...token(), 'transfer-encoding': 'chunked' }, body);
      body.write('%PDF-1.4\n');
      return reply;
    });
    // Wait until all of them are streaming (each has its temp folder).
    for (let tries = 0; uploadDirs().length < dirs.length + MAX_CONCURRENT_UPLOADS; tries++) {
      expect(tries).toBeLessThan(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    const extra = await request('POST', uploadTarget('thua.pdf'), { ...token(), 'content-length': '9' }, Buffer.from('%PDF-1.4\n'));
    expect(extra.status).toBe(503);
    expect(extra.headers['retry-after']).toBe('5');
    expect(JSON.parse(extra.body.toString())).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    for (const body of bodies) body.end('%%EOF\n');
    const done = await Promise.all(replies);
    expect(done.map((r) => r.status)).toEqual(bodies.map(() => 200));
    expect(uploadDirs()).toEqual(dirs);
    // A slot is free again.
    expect((await request('POST', uploadTarget('sau.pdf'), { ...token(), 'content-length': '9' }, Buffer.from('%PDF-1.4\n'))).status).toBe(200);
  }, 60_000);
});

describe('upload temp folders a killed server left', () => {
  const DEAD_PID = 99_999_999; // above Linux's pid_max: no such process
  const make = (tmp: string, name: string, ageMs = 0) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'body'), 'x');
    const at = new Date(Date.now() - ageMs);
    fs.utimesSync(path.join(dir, 'body'), at, at);
    fs.utimesSync(dir, at, at);
    return dir;
  };

  it("removes only our folders of a process that is gone or untouched for an hour; a live server's, a fresh one and others' stay", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-sweep-test-'));
    try {
      make(tmp, `${UPLOAD_DIR_PREFIX}${DEAD_PID}-aaaaaa`);
      make(tmp, `${UPLOAD_DIR_PREFIX}${process.pid}-bbbbbb`);
      make(tmp, `${UPLOAD_DIR_PREFIX}cccccc`); // an older server's name, no pid: fresh, so maybe in use
      make(tmp, `${UPLOAD_DIR_PREFIX}dddddd`, STALE_UPLOAD_MS + 60_000);
      make(tmp, 'other-app-upload-eeeeee', STALE_UPLOAD_MS + 60_000);
      fs.writeFileSync(path.join(tmp, `${UPLOAD_DIR_PREFIX}${DEAD_PID}-file`), 'not a folder');
      expect(sweepStaleUploads(tmp).sort()).toEqual([`${UPLOAD_DIR_PREFIX}${DEAD_PID}-aaaaaa`, `${UPLOAD_DIR_PREFIX}dddddd`]);
      expect(fs.readdirSync(tmp).sort()).toEqual([`${UPLOAD_DIR_PREFIX}${DEAD_PID}-file`, `${UPLOAD_DIR_PREFIX}${process.pid}-bbbbbb`, `${UPLOAD_DIR_PREFIX}cccccc`, 'other-app-upload-eeeeee'].sort());
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('are swept when the server starts', async () => {
    const left = make(os.tmpdir(), `${UPLOAD_DIR_PREFIX}${DEAD_PID}-${process.pid}`);
    expect(fs.existsSync(left)).toBe(true);
    const { staticDir } = makeStaticDir();
    const again = await startServer({ dispatch: core.dispatch, files: core, staticDir, port: 0 });
    try {
      expect(fs.existsSync(left)).toBe(false);
    } finally {
      await again.close();
      fs.rmSync(left, { recursive: true, force: true });
    }
  });
});
