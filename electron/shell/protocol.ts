import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/security-headers.js';
import { contentType, resolveStatic } from '../web/static-files.js';
import { APP_HOST, APP_SCHEME } from './security.js';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://minutebook/ with the same CSP as browser mode. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    const body = await fs.readFile(file);
    return new Response(new Uint8Array(body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
    });
  });
}
