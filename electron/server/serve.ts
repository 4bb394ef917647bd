import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, TOKEN_HEADER } from '../contract.js';
import type { Dispatch } from '../handlers/dispatch.js';
import { TOKEN_COOKIE, allowedHost, cookieValue, newToken, sameToken } from './auth.js';
import { SECURITY_HEADERS } from '../web/security-headers.js';
import { contentType, resolveStatic } from '../web/static-files.js';

export const LOOPBACK = '127.0.0.1';
const MAX_BODY = 16 * 1024 * 1024;

export interface ServeOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const UNAUTHORIZED_PAGE = `<!doctype html><meta charset="utf-8"><title>Minutebook</title>
<p>Mở Minutebook bằng đường dẫn mà lệnh <code>minutebook serve</code> đã in ra (có mã truy cập).</p>
<p>Open Minutebook with the link printed by <code>minutebook serve</code> (it carries the access token).</p>`;

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the bytes are read and dropped (not the socket), so the 413 reaches the client.
      if (size > MAX_BODY) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, dispatch: Dispatch) {
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'use POST' } });
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    const tooLarge = (error as Error).message === 'too large';
    return sendJson(res, tooLarge ? 413 : 400, {
      ok: false,
      error: { code: 'VALIDATION', message: tooLarge ? 'request too large' : 'the body is not JSON' },
    });
  }
  const result = await dispatch(name, input);
  sendJson(res, 200, result);
}

/**
 * Browser mode: the same handlers as the Electron shell, over HTTP on loopback only.
 * Every request needs the per-launch token: the API in a header, pages in the link's
 * query (which sets a same-site cookie for the assets that follow).
 */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const staticDir = fs.realpathSync(options.staticDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (!allowedHost(req.headers.host, port)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host');

    if (url.pathname.startsWith(API_PREFIX)) {
      const given = req.headers[TOKEN_HEADER];
      if (!sameToken(token, Array.isArray(given) ? given[0] : given)) {
        return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'missing or wrong token' } });
      }
      handleApi(req, res, url.pathname.slice(API_PREFIX.length), options.dispatch).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'server error' } });
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const queryToken = url.searchParams.get('token');
    const viaQuery = sameToken(token, queryToken);
    if (!viaQuery && !sameToken(token, cookieValue(req.headers.cookie, TOKEN_COOKIE))) {
      return send(res, 401, 'text/html; charset=utf-8', UNAUTHORIZED_PAGE);
    }
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const cookie: Record<string, string> = viaQuery
      ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : {};
    send(res, 200, contentType(file), fs.readFileSync(file), cookie);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
