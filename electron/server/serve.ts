import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { API_PREFIX, DOWNLOAD_ROUTE, type Dispatch, MAX_UPLOAD_BODY_BYTES, TOKEN_HEADER, UPLOAD_COMMANDS, UPLOAD_ROUTE } from '../contract.js';
import { SECURITY_HEADERS } from '../web/security-headers.js';
import { contentType, resolveStatic } from '../web/static-files.js';
import { allowedHost, newToken, sameToken } from './auth.js';
import { MAX_BODY_BYTES, parseCommandBody } from './command-body.js';
import { type FileJobs, handleDownload, handleUpload, sweepStaleUploads } from './files.js';
import { requestPath } from './request-target.js';

export const LOOPBACK = '127.0.0.1';

export interface ServeOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  /** The core's jobs, for the file routes (upload, download); without them those routes answer 404. */
  files?: FileJobs;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  /** The listening socket's own address (what the operating system bound). */
  address(): AddressInfo;
  close(): Promise<void>;
}

const TEXT = 'text/plain; charset=utf-8';

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

const refusal = (message: string) => ({ ok: false, error: { code: 'VALIDATION', message } });

class TooLarge extends Error {}

/** Reads at most `limit` bytes; past it the bytes are read and dropped (not the socket), so the 413 reaches the client. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers['content-length']) > limit ? Infinity : 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) return reject(new TooLarge());
      try {
        resolve(decodeUtf8(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

class NotUtf8 extends Error {}
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; bytes that are not UTF-8 are refused, never replaced with U+FFFD. */
function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotUtf8();
  }
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, dispatch: Dispatch) {
  if (req.method !== 'POST') return sendJson(res, 405, refusal('use POST'));
  // A command that carries a file may send more; the depth limit and the schema still apply.
  const limit = UPLOAD_COMMANDS.has(name) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (error) {
    if (error instanceof TooLarge) return sendJson(res, 413, refusal(`request larger than ${limit} bytes`));
    if (error instanceof NotUtf8) return sendJson(res, 400, refusal('the body is not UTF-8'));
    // The client went away mid-request: nothing to answer, nothing worth a stack trace.
    if (req.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
    throw error;
  }
  const body = parseCommandBody(text);
  if (!body.ok) return sendJson(res, body.status, refusal(body.message));
  sendJson(res, 200, await dispatch(name, body.value));
}

/** The query of an origin-form target (already checked by requestPath). */
function queryOf(target: string | undefined): URLSearchParams {
  const q = target?.indexOf('?') ?? -1;
  return new URLSearchParams(q === -1 ? '' : target!.slice(q + 1));
}

/** A CONNECT request (proxy tunnelling) gets a plain 400 instead of a silently dropped socket. */
function refuseTunnel(_req: http.IncomingMessage, socket: Duplex) {
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/**
 * Browser mode: the same handlers as the Electron shell, over HTTP on loopback only.
 * Commands need the per-launch token in a header; the renderer's files are not secret and are
 * served without it (the page reads the token from the link and keeps it in sessionStorage).
 * The token is never put in a cookie: browsers do not scope cookies by port, so any other
 * server on 127.0.0.1 would receive it.
 */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const staticDir = fs.realpathSync(options.staticDir);
  if (options.files !== undefined) sweepStaleUploads(); // what a killed server left in the temp folder
  let port = 0;

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = requestPath(req.url);
    if (path === null) return send(res, 400, TEXT, 'bad request target');
    if (!allowedHost(req.headers.host, port)) return send(res, 403, TEXT, 'forbidden host');

    const fileRoute = options.files !== undefined && (path === UPLOAD_ROUTE || path.startsWith(DOWNLOAD_ROUTE));
    if (path.startsWith(API_PREFIX) || fileRoute) {
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(token, Array.isArray(given) ? given[0] : given)) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'missing or wrong token' } });
      }
      const handled = !fileRoute
        ? handleApi(req, res, path.slice(API_PREFIX.length), options.dispatch)
        : path === UPLOAD_ROUTE
          ? handleUpload(req, res, queryOf(req.url), options.files!)
          : handleDownload(req, res, path.slice(DOWNLOAD_ROUTE.length), queryOf(req.url), options.dispatch, options.files!);
      handled.catch((error: unknown) => fail(res, error));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TEXT, 'method not allowed');
    const file = resolveStatic(staticDir, path);
    if (!file) return send(res, 404, TEXT, 'not found');
    send(res, 200, contentType(file), fs.readFileSync(file));
  };

  const fail = (res: http.ServerResponse, error: unknown) => {
    console.error(error);
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'server error' } });
    else res.destroy();
  };

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      fail(res, error);
    }
  });
  server.on('connect', refuseTunnel);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/?token=${token}`,
        port,
        token,
        address: () => server.address() as AddressInfo,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
