import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, session } from 'electron';
import { resolveArchivePath } from '../../db/paths.js';
import { openCore } from '../core/client.js';
import { registerCommands, trustedSender } from './ipc.js';
import { printRoute } from './print.js';
import { PRINT_CHANNEL, isPrintRequest } from './print-channel.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { APP_ORIGIN, hardenSession, hardenWebContents, webPreferences } from './security.js';

// The Electron entry only wires things together.
const here = __dirname;
const preload = path.join(here, 'preload.cjs');

app.setName('Minutebook');
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(async () => {
    const dbFlag = process.argv.indexOf('--db');
    const file = resolveArchivePath(dbFlag > 0 ? process.argv[dbFlag + 1] : undefined);
    // The archive and the handlers live on worker threads: this process never runs SQL.
    const core = await openCore(file, { host: 'electron' });
    hardenSession(session.defaultSession);
    serveRenderer(path.join(here, 'renderer'));
    registerCommands(ipcMain, core.dispatch);
    ipcMain.handle(PRINT_CHANNEL, (event, request: unknown) => {
      if (!mainWindow || event.sender !== mainWindow.webContents || !trustedSender(event) || !isPrintRequest(request)) {
        return { saved: null };
      }
      return printRoute(mainWindow, preload, request);
    });
    mainWindow = new BrowserWindow({ width: 1280, height: 820, show: false, webPreferences: webPreferences(preload) });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
    app.on('window-all-closed', () => {
      core.close().finally(() => app.quit());
    });
  }).catch((error: unknown) => {
    // E.g. an archive from a newer Minutebook, or not an archive at all: say so, change nothing.
    console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Minutebook', `Không mở được kho lưu trữ. / The archive could not be opened.\n\n${message}`);
    app.exit(1);
  });
}
