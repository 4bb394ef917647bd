import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ATTACHMENT_MAX_BYTES, type AttachmentInfo, type AttachmentTarget, type Dispatch, INLINE_SAFE_MIMES, type Result } from '../contract.js';
import type { Core } from '../core/client.js';
import { SECURITY_HEADERS } from '../web/security-headers.js';
import { contentDisposition } from './content-disposition.js';

// Browser mode's file routes: uploads stream to a temp file on the host, then the core's
// storeFile job moves them into the archive; downloads stream chunk by chunk. The body is
// never held whole, and never goes through a JSON command.

export type FileJobs = Pick<Core, 'job'>;

function sendJson(res: http.ServerResponse, status: number, value: unknown, close = false) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...(close ? { Connection: 'close' } : {}) });
  res.end(JSON.stringify(value));
}

const failure = (code: string, message: string) => ({ ok: false, error: { code, message } });
const tooLargeReply = failure('TOO_LARGE', `the file is larger than ${ATTACHMENT_MAX_BYTES} bytes`);

/** Answers 413 and drops the connection: the rest of the body is never read. */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse) {
  sendJson(res, 413, tooLargeReply, true);
  res.on('finish', () => req.destroy());
}

/** A record id as the core takes it: digits only, 1 to Number.MAX_SAFE_INTEGER (a larger one is no record of ours). */
function positiveId(value: string | null): number | null {
  if (value === null || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** The HTTP status of a refusal, by its typed code; the body stays the typed Result. */
export function statusOfError(code: string): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'HAS_DEPENDENTS':
      return 409;
    case 'TOO_LARGE':
      return 413;
    case 'DISK_FULL':
      return 507;
    case 'UNAVAILABLE':
    case 'BUSY':
      return 503;
    default:
      return 500;
  }
}

/** The first query parameter given more than once (`?meetingId=2&meetingId=3`): refused, never guessed. */
function repeatedParameter(query: URLSearchParams): string | null {
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

function targetOf(query: URLSearchParams): AttachmentTarget | null {
  const found: AttachmentTarget[] = [];
  const meetingId = positiveId(query.get('meetingId'));
  const agendaItemId = positiveId(query.get('agendaItemId'));
  const decisionId = positiveId(query.get('decisionId'));
  if (meetingId !== null) found.push({ meetingId });
  if (agendaItemId !== null) found.push({ agendaItemId });
  if (decisionId !== null) found.push({ decisionId });
  return found.length === 1 ? found[0]! : null;
}

class OverLimit extends Error {}

/** Counts the bytes as they pass; past the limit the stream fails (and the upload stops). */
function byteCounter(limit: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new OverLimit());
      else done(null, chunk);
    },
  });
}

/** Upload temp folders: os.tmpdir()/minutebook-upload-<pid>-XXXXXX/body. */
export const UPLOAD_DIR_PREFIX = 'minutebook-upload-';
/** At most this many uploads stream at once; another is answered 503 with Retry-After. */
export const MAX_CONCURRENT_UPLOADS = 4;
/** A temp folder of no known live server untouched this long is left over from a crash (an upload in progress writes to it all the time). */
export const STALE_UPLOAD_MS = 60 * 60 * 1000;

let uploading = 0;

const processAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the upload temp folders a killed server left behind: only ours (by the prefix, a
 * folder of this user, not a link), either named for a process that is gone or untouched for
 * STALE_UPLOAD_MS. Run when the server starts; answers the folders removed.
 */
export function sweepStaleUploads(tmp = os.tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(UPLOAD_DIR_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = path.join(tmp, name);
    try {
      const stat = fs.lstatSync(dir);
      if (!stat.isDirectory() || (process.getuid !== undefined && stat.uid !== process.getuid())) continue;
      const pid = /^(\d+)-/.exec(name.slice(UPLOAD_DIR_PREFIX.length));
      const body = path.join(dir, 'body');
      const touched = Math.max(stat.mtimeMs, fs.existsSync(body) ? fs.lstatSync(body).mtimeMs : 0);
      const orphan = pid !== null && !processAlive(Number(pid[1]));
      if (orphan || now - touched > STALE_UPLOAD_MS) {
        fs.rmSync(dir, { recursive: true, force: true });
        removed.push(name);
      }
    } catch {
      // gone meanwhile, or not ours to read: left alone
    }
  }
  return removed;
}

/** Answers and drops the connection: the body is never read. */
function refuseUnread(req: http.IncomingMessage, res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close', ...headers });
  res.end(JSON.stringify(value));
  res.on('finish', () => req.destroy());
}

/** POST UPLOAD_ROUTE?name=…&meetingId=… with the file's bytes as the body. */
export async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams, core: FileJobs): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('VALIDATION', 'use POST'));
  const twice = repeatedParameter(query);
  if (twice !== null) return refuseUnread(req, res, 400, failure('VALIDATION', `the query parameter ${twice} is given more than once`));
  const name = query.get('name');
  const target = targetOf(query);
  if (!name || name.length > 1000) return sendJson(res, 400, failure('VALIDATION', 'name is required'));
  if (target === null) return sendJson(res, 400, failure('VALIDATION', 'one of meetingId, agendaItemId, decisionId is required'));
  const declared = req.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= ATTACHMENT_MAX_BYTES)) return refuseTooLarge(req, res);
  if (uploading >= MAX_CONCURRENT_UPLOADS) {
    return refuseUnread(req, res, 503, failure('UNAVAILABLE', `at most ${MAX_CONCURRENT_UPLOADS} uploads at once`), { 'Retry-After': '5' });
  }
  uploading++;
  try {
    // The target is checked before a byte is read: no 200 MB streamed to disk for a meeting
    // that does not exist or is locked.
    const check = await core.job('attachments.checkTarget', { target });
    if (!check.ok) return refuseUnread(req, res, check.error.code === 'VALIDATION' ? 409 : statusOfError(check.error.code), check);
    await receive(req, res, name, target, core);
  } finally {
    uploading--;
  }
}

async function receive(req: http.IncomingMessage, res: http.ServerResponse, name: string, target: AttachmentTarget, core: FileJobs): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${UPLOAD_DIR_PREFIX}${process.pid}-`));
  const file = path.join(dir, 'body');
  try {
    try {
      await pipeline(req, byteCounter(ATTACHMENT_MAX_BYTES), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      if (error instanceof OverLimit) return refuseTooLarge(req, res);
      return; // the client went away mid-upload: nothing to answer
    }
    const type = req.headers['content-type'];
    const result = await core.job('attachments.storeFile', { file, fileName: name, declaredMime: type ?? null, target, removeFile: true });
    // A refusal (an empty file, a full disk, …) answers its own status with the typed body, never 200.
    sendJson(res, result.ok ? 200 : statusOfError(result.error.code), result);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes and waits while the socket's buffer is full; false once the client has gone. */
function write(res: http.ServerResponse, chunk: Uint8Array): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/**
 * GET DOWNLOAD_ROUTE<id>[?inline=1]: the bytes, one chunk at a time. Only a PDF, PNG or JPEG
 * (checked against its bytes when stored) may be shown inline; everything else — and above
 * all anything a browser could run as a page — comes as a download, never sniffed.
 */
export async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, idText: string, query: URLSearchParams, dispatch: Dispatch, core: FileJobs): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, failure('VALIDATION', 'use GET'));
  const twice = repeatedParameter(query);
  if (twice !== null) return sendJson(res, 400, failure('VALIDATION', `the query parameter ${twice} is given more than once`));
  const id = positiveId(idText);
  if (id === null) return sendJson(res, 404, failure('NOT_FOUND', 'no such attachment'));
  const info = (await dispatch('attachments.get', { id })) as Result<AttachmentInfo>;
  if (!info.ok) return sendJson(res, statusOfError(info.error.code), info);
  const { fileName, mimeType, size } = info.value;
  const inline = query.get('inline') === '1' && INLINE_SAFE_MIMES.includes(mimeType);
  const first = await core.job('attachments.readChunk', { attachmentId: id, seq: 0 });
  if (!first.ok) return sendJson(res, 500, first);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    // A download is never a page: were it ever shown, it would run sandboxed, with nothing.
    ...(inline ? {} : { 'Content-Security-Policy': "default-src 'none'; sandbox" }),
    'Content-Type': inline || mimeType.startsWith('text/plain') ? mimeType : 'application/octet-stream',
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', fileName),
    'Content-Length': String(size),
  });
  let chunk = first.value.data;
  for (let seq = 1; chunk !== null; seq++) {
    if (!(await write(res, chunk))) return;
    const next = await core.job('attachments.readChunk', { attachmentId: id, seq });
    if (!next.ok) return void res.destroy(); // mid-body: the client sees a short, failed download
    chunk = next.value.data;
  }
  res.end();
}
