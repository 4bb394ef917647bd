import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir, openTempArchive, removeTempDirs } from '../../db/test-support.js';
import { commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL } from './print-channel.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL } from './files-channel.js';
import { builtBundle, distDir } from './test-built-bundles.js';
import { type ElectronStandIn, type StandInWebContents, electronStandIn, loadBuiltMain } from './test-electron-stand-in.js';

// dist/main.cjs, as shipped, loaded with an `electron` stand-in on a real archive in a temp
// folder (the core opens it for real, in whatever thread or worker the build starts it).

let mainFile: string;
let archiveFile: string;
const running: Array<{ standIn: ElectronStandIn; restore: () => void }> = [];

beforeAll(async () => {
  mainFile = builtBundle('main.cjs');
  builtBundle('preload.cjs');
  const archive = await openTempArchive();
  archiveFile = archive.file;
  await archive.close();
});
afterAll(removeTempDirs);

/** Closes a started app as the clerk would: the last window closes, main closes the archive and quits. */
async function stop({ standIn, restore }: { standIn: ElectronStandIn; restore: () => void }) {
  const quits = standIn.record.quitCount;
  standIn.app.emit('window-all-closed');
  const started = Date.now();
  while (standIn.app.listenerCount('window-all-closed') > 0 && standIn.record.quitCount === quits && Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  restore();
}
afterEach(async () => {
  for (const app of running.splice(0)) await stop(app);
});

/** Starts the built main; the app is stopped after the test (or by the caller when `keep`). */
async function start(args: string[], tune?: (standIn: ElectronStandIn) => void, keep = false) {
  const standIn = electronStandIn();
  tune?.(standIn);
  const restore = await loadBuiltMain(mainFile, standIn, args);
  if (!keep) running.push({ standIn, restore });
  return { standIn, restore };
}

const mainWindowOf = (standIn: ElectronStandIn) => standIn.record.windows[0]!;

/** Every menu item, submenus included. */
function menuItems(template: unknown): Array<{ label?: string; role?: string }> {
  return (template as Array<{ label?: string; role?: string; submenu?: unknown }>).flatMap((item) => [item, ...(item.submenu ? menuItems(item.submenu) : [])]);
}

const trusted = (sender: StandInWebContents) => ({ sender, senderFrame: { url: 'app://minutebook/index.html#/print/roster/1', parent: null } });

describe('dist/main.cjs starting normally', () => {
  let standIn: ElectronStandIn;
  let restore: () => void;
  beforeAll(async () => {
    ({ standIn, restore } = await start(['--db', archiveFile], undefined, true));
  });
  afterAll(() => stop({ standIn, restore }));

  it('takes the single-instance lock and registers app:// as privileged and secure before the app is ready', () => {
    const { calls, schemes } = standIn.record;
    expect(calls.filter((c) => c === 'requestSingleInstanceLock')).toHaveLength(1);
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect([...standIn.record.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('opens one window on app://minutebook with isolation, sandbox, no Node and the built preload', () => {
    expect(standIn.record.windows).toHaveLength(1);
    const prefs = mainWindowOf(standIn).options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(path.join(distDir, 'preload.cjs'));
    expect(fs.existsSync(prefs.preload as string)).toBe(true);
    expect(standIn.record.loadedUrls).toEqual(['app://minutebook/index.html']);
    expect(standIn.record.exitCode).toBeNull();
  });

  it('registers one IPC handler per contract command, plus print and the three file channels, each once', () => {
    const expected = [...commandNames.map(ipcChannel), PRINT_CHANNEL, FILES_PICK_CHANNEL, FILES_STORE_DROPPED_CHANNEL, FILES_SAVE_COPY_CHANNEL];
    expect([...standIn.record.ipcRegistrations].sort()).toEqual(expected.sort());
  });

  it('runs a command for its own page and refuses a foreign frame', async () => {
    const handler = standIn.record.ipcHandlers.get(ipcChannel('archive.status'))!;
    const sender = mainWindowOf(standIn).webContents;
    await expect(handler(trusted(sender), {})).resolves.toMatchObject({ ok: true });
    const foreign = { sender, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handler(foreign, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('denies every permission request', () => {
    const granted: boolean[] = [];
    standIn.record.permissionHandlers.request?.(null, 'media', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false]);
    expect(standIn.record.permissionHandlers.check?.(null, 'media')).toBe(false);
  });
});

describe('dist/main.cjs production window (no --dev)', () => {
  it('turns DevTools off and sets a Vietnamese menu without developer items', async () => {
    const { standIn } = await start(['--db', archiveFile]);
    expect(mainWindowOf(standIn).options.webPreferences?.devTools).toBe(false);
    expect(standIn.record.menus).toHaveLength(1);
    const items = menuItems(standIn.record.menus[0]);
    const topLabels = (standIn.record.menus[0] as Array<{ label: string }>).map((m) => m.label);
    expect(topLabels).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Hiển thị', 'Trợ giúp']));
    expect(items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(items.map((i) => i.role)).not.toContain('forceReload');
    expect(items.some((i) => /developer|nhà phát triển/i.test(i.label ?? ''))).toBe(false);
  });

  it('with --dev, allows DevTools and adds them to the Hiển thị menu', async () => {
    const { standIn } = await start(['--db', archiveFile, '--dev']);
    expect(mainWindowOf(standIn).options.webPreferences?.devTools).toBe(true);
    const view = (standIn.record.menus[0] as Array<{ label: string; submenu: unknown }>).find((m) => m.label === 'Hiển thị');
    expect(menuItems(view?.submenu).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('ignores --dev in a packaged app', async () => {
    const { standIn } = await start(['--db', archiveFile, '--dev'], (s) => {
      s.behaviour.isPackaged = true;
    });
    expect(mainWindowOf(standIn).options.webPreferences?.devTools).toBe(false);
    expect(menuItems(standIn.record.menus[0]).map((i) => i.role)).not.toContain('toggleDevTools');
  });

  it('denies will-frame-navigate away from the app, and any subframe navigation, like will-navigate', async () => {
    const contents = mainWindowOf((await start(['--db', archiveFile])).standIn).webContents;
    expect(contents.fireCancellable('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.fireFrameNavigate('https://example.com/', true)).toBe(true);
    expect(contents.fireFrameNavigate('file:///etc/passwd', true)).toBe(true);
    expect(contents.fireFrameNavigate('app://minutebook/index.html', false)).toBe(true);
    expect(contents.fireFrameNavigate('app://minutebook/index.html#/members', true)).toBe(false);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('dist/main.cjs when startup fails', () => {
  // Each failure is logged as well as shown; keep the test output quiet but check it was logged.
  let logged: ReturnType<typeof vi.fn>;
  beforeAll(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterAll(() => logged.mockRestore());

  it('says the window could not be opened when loadURL rejects, not that the archive failed', async () => {
    const { standIn } = await start(['--db', archiveFile], (s) => {
      s.behaviour.loadURL = () => Promise.reject(new Error('ERR_FAILED (-2) loading app://minutebook/index.html'));
    });
    expect(standIn.record.exitCode).toBe(1);
    expect(standIn.record.errorBoxes).toHaveLength(1);
    const { text } = standIn.record.errorBoxes[0]!;
    expect(text).toContain('Không mở được cửa sổ ứng dụng');
    expect(text).toContain('ERR_FAILED (-2)');
    expect(text).not.toMatch(/kho lưu trữ|archive/i);
    expect(logged).toHaveBeenCalled();
  });

  it('says the archive could not be opened when it is not an archive, and opens no window', async () => {
    const notAnArchive = path.join(makeTempDir(), 'notes.sqlite');
    fs.writeFileSync(notAnArchive, 'these are not minutes '.repeat(200));
    const { standIn } = await start(['--db', notAnArchive]);
    expect(standIn.record.exitCode).toBe(1);
    expect(standIn.record.windows).toHaveLength(0);
    expect(standIn.record.errorBoxes[0]?.text).toContain('Không mở được kho lưu trữ');
  });

  it('a second instance quits without opening anything', async () => {
    const { standIn } = await start(['--db', archiveFile], (s) => {
      s.behaviour.singleInstanceLock = false;
    });
    expect(standIn.record.quitCount).toBe(1);
    expect(standIn.record.windows).toHaveLength(0);
    expect(standIn.record.calls).not.toContain('whenReady');
  });
});

describe('dist/main.cjs print channel', () => {
  let standIn: ElectronStandIn;
  let restore: () => void;
  let logged: ReturnType<typeof vi.fn>;
  beforeAll(async () => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    ({ standIn, restore } = await start(['--db', archiveFile], undefined, true));
  });
  afterAll(async () => {
    await stop({ standIn, restore });
    logged.mockRestore();
  });

  const print = (event: unknown, request: unknown) => standIn.record.ipcHandlers.get(PRINT_CHANNEL)!(event, request);
  const pdfRequest = { route: '/print/roster/1?asOf=2021-01-13', mode: 'pdf' };
  const hiddenWindows = () => standIn.record.windows.slice(1);

  it('refuses, as untrusted, a sender that is not the main window or a frame not ours', async () => {
    const other = new (standIn.electron.BrowserWindow)({}).webContents;
    const before = standIn.record.windows.length;
    expect(await print(trusted(other), pdfRequest)).toEqual({ status: 'refused', reason: 'untrusted' });
    const foreignFrame = { sender: mainWindowOf(standIn).webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await print(foreignFrame, pdfRequest)).toEqual({ status: 'refused', reason: 'untrusted' });
    expect(standIn.record.windows).toHaveLength(before);
  });

  it.each([
    { route: '/print/../../etc/passwd', mode: 'pdf' },
    { route: '/print/roster/1', mode: 'email' },
    '/print/roster/1',
    null,
  ])('refuses %j as invalid, opening no window', async (request) => {
    const before = standIn.record.windows.length;
    expect(await print(trusted(mainWindowOf(standIn).webContents), request)).toEqual({ status: 'refused', reason: 'invalid' });
    expect(standIn.record.windows).toHaveLength(before);
  });

  it('reports a failure, with its reason, when printToPDF rejects, and closes the hidden window', async () => {
    const file = path.join(makeTempDir(), 'roster.pdf');
    standIn.behaviour.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file });
    standIn.behaviour.printToPDF = () => Promise.reject(new Error('Failed to generate PDF'));
    const result = await print(trusted(mainWindowOf(standIn).webContents), pdfRequest);
    expect(result).toEqual({ status: 'failed', reason: 'Failed to generate PDF' });
    expect(fs.existsSync(file)).toBe(false);
    expect(hiddenWindows().at(-1)?.destroyed).toBe(true);
  });

  it('saves the PDF where the clerk chose, and says where', async () => {
    const file = path.join(makeTempDir(), 'roster.pdf');
    standIn.behaviour.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file });
    standIn.behaviour.printToPDF = () => Promise.resolve(Buffer.from('%PDF-1.7 roster'));
    expect(await print(trusted(mainWindowOf(standIn).webContents), pdfRequest)).toEqual({ status: 'ok', saved: file });
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.7 roster');
    expect(hiddenWindows().at(-1)?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
  });

  it('tells a cancelled save dialog or printer dialog from a failed printer', async () => {
    const sender = mainWindowOf(standIn).webContents;
    standIn.behaviour.showSaveDialog = () => Promise.resolve({ canceled: true });
    expect(await print(trusted(sender), pdfRequest)).toEqual({ status: 'cancelled' });
    standIn.behaviour.print = (callback) => callback(false, 'cancelled');
    expect(await print(trusted(sender), { ...pdfRequest, mode: 'printer' })).toEqual({ status: 'cancelled' });
    standIn.behaviour.print = (callback) => callback(false, 'Print job failed');
    expect(await print(trusted(sender), { ...pdfRequest, mode: 'printer' })).toEqual({ status: 'failed', reason: 'Print job failed' });
    standIn.behaviour.print = (callback) => callback(true, '');
    expect(await print(trusted(sender), { ...pdfRequest, mode: 'printer' })).toEqual({ status: 'ok', saved: null });
  });
});
