import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTempDirs } from '../../db/test-support.js';
import { makeStaticDir } from '../web/test-static-dir.js';
import { registerAppScheme, serveRenderer } from './protocol.js';

// Stand-in for Electron's protocol module: records the scheme and the handler.
const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));
vi.mock('electron', () => electron);

let serve: (request: { url: string }) => Promise<Response>;

beforeAll(() => {
  serveRenderer(makeStaticDir('SECRET').staticDir);
  serve = electron.protocol.handle.mock.calls[0]?.[1];
});
afterAll(removeTempDirs);

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the renderer with its type and the CSP', async () => {
    const page = await serve({ url: 'app://minutebook/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Minutebook</title>');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await serve({ url: 'app://minutebook/assets/app.js' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://other/index.html',
    'app://minutebook/../secret.txt',
    'app://minutebook/%2e%2e/secret.txt',
    'app://minutebook/..%2fsecret.txt',
    'app://minutebook/missing.html',
  ])('answers 404 to %s', async (url) => {
    const response = await serve({ url });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });
});
