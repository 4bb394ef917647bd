import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, hardenSession, hardenWebContents, isAppUrl, webPreferences } from './security.js';

type Listener = (event: { preventDefault(): void }, url?: string) => void;

/** A stand-in WebContents that records what the security code registers on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (details: { url: string }) => unknown) => (openHandler = fn),
  };
  hardenWebContents(contents as unknown as WebContents);
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('webPreferences', () => {
  it('writes out isolation, sandbox and no Node in every context', () => {
    const prefs = webPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(webPreferences('/app/preload.cjs', true).devTools).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each([`${APP_ORIGIN}/index.html`, 'app://minutebook/index.html#/roster/1', 'app://minutebook/'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com',
    'http://minutebook/index.html',
    'file:///etc/passwd',
    'app://minutebook.evil.example/index.html',
    'app://evil/index.html',
    'app://minutebook:8080/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation and redirects away from the app', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'https://example.com')).toBe(true);
    expect(c.fire('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(c.fire('will-redirect', 'https://example.com/phish')).toBe(true);
  });

  it('allows in-app routes', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'app://minutebook/index.html#/x')).toBe(false);
    expect(c.fire('will-redirect', 'app://minutebook/index.html')).toBe(false);
  });

  it('denies will-frame-navigate away from the app and in any subframe', () => {
    const listeners = new Map<string, (details: { url: string; isMainFrame: boolean; preventDefault(): void }) => void>();
    hardenWebContents({ on: (name: string, fn: never) => listeners.set(name, fn), setWindowOpenHandler: () => {} } as unknown as WebContents);
    const prevented = (url: string, isMainFrame: boolean) => {
      const preventDefault = vi.fn();
      listeners.get('will-frame-navigate')?.({ url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(prevented('https://example.com/', true)).toBe(true);
    expect(prevented('app://minutebook/index.html', false)).toBe(true);
    expect(prevented('app://minutebook/index.html#/members', true)).toBe(false);
  });

  it('refuses webviews and denies every new window', () => {
    const c = fakeContents();
    expect(c.fire('will-attach-webview')).toBe(true);
    expect(c.open('https://example.com')).toEqual({ action: 'deny' });
    expect(c.open('app://minutebook/index.html')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request?.(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check?.(null, permission, 'app://minutebook', {})).toBe(false);
    }
  });
});
