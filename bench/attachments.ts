import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DOWNLOAD_ROUTE, TOKEN_HEADER, UPLOAD_ROUTE } from '../electron/contract.js';
import { startHost } from './harness/host.js';
import { type Figure, mib, ms } from './harness/report.js';

// Attachments (issue 8): a 100 MB file uploaded to the real browser-mode host (`minutebook
// serve`) on a copy of the demo archive, then downloaded and compared. The upload streams to
// a temp file and into the archive a chunk at a time, the download chunk by chunk: the host's
// peak RSS stays bounded (the same target as the host's other figures).

const SIZE = 100 * 1000 * 1000;
const HOST_RSS = 300 * 2 ** 20;
/** Growth below the file's own size: the host streams it, it never holds it whole. */
const MAX_GROWTH = SIZE;

/** SIZE pseudo-random bytes (one random MiB, each copy tagged with its index), hashed as they go. */
function body() {
  const base = randomBytes(1024 * 1024);
  const hash = createHash('sha256');
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= SIZE) return void this.push(null);
      const piece = Buffer.from(base.subarray(0, Math.min(base.length, SIZE - sent)));
      piece.writeUInt32BE(sent >>> 0, 0);
      sent += piece.length;
      hash.update(piece);
      this.push(piece);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

function send(origin: string, token: string, target: string, method: string, input?: Readable): Promise<{ status: number; sha: string; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(target, origin);
    const headers: Record<string, string> = { [TOKEN_HEADER]: token, ...(input ? { 'content-length': String(SIZE) } : {}) };
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      const hash = createHash('sha256');
      let text = '';
      res.on('data', (c: Buffer) => (hash.update(c), text.length < 4096 && (text += c.toString('latin1'))));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, sha: hash.digest('hex'), text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (input) input.pipe(req);
    else req.end();
  });
}

export async function attachmentsFigure(demo: string): Promise<Figure> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-files-'));
  const copy = path.join(dir, 'archive.sqlite');
  fs.copyFileSync(demo, copy);
  const host = await startHost(copy);
  try {
    const meetings = (await host.call('meetings.list', { limit: 1 })) as { items: Array<{ id: number }> };
    const before = host.peakRss();
    const file = body();
    let t = performance.now();
    const up = await send(host.origin, host.token, `${UPLOAD_ROUTE}?name=bench-100MB.pdf&meetingId=${meetings.items[0]!.id}`, 'POST', file.stream);
    const storeMs = performance.now() - t;
    const afterStore = host.peakRss();
    const stored = JSON.parse(up.text) as { ok: boolean; value?: { id: number; sha256: string }; error?: { message: string } };
    if (!stored.ok || !stored.value) throw new Error(`upload: ${up.status} ${stored.error?.message}`);
    if (stored.value.sha256 !== file.digest()) throw new Error('upload: the stored SHA-256 differs from the bytes sent');
    t = performance.now();
    const down = await send(host.origin, host.token, `${DOWNLOAD_ROUTE}${stored.value.id}`, 'GET');
    const readMs = performance.now() - t;
    if (down.sha !== stored.value.sha256) throw new Error('download: the bytes read back differ from the bytes stored');
    const peak = host.peakRss();
    return {
      figure: 'attachment 100 MB: store (upload) + read back (download), host peak RSS',
      path: 'HTTP',
      big: '',
      small: `store ${ms(storeMs)} + read ${ms(readMs)} ms; peak ${mib(peak)} (${mib(before)} before it, ${mib(afterStore)} after storing)`,
      // Bounded: the host never holds the file (its growth stays well under the file's size).
      target: `RSS < ${mib(HOST_RSS)}, growth < ${mib(MAX_GROWTH)}`,
      pass: peak < HOST_RSS && peak - before < MAX_GROWTH,
    };
  } finally {
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
