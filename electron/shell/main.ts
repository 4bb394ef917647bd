import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron';
import { resolveArchivePath } from '../../db/paths.js';
import { type Core, openCore } from '../core/client.js';
import { electronFileDialogs } from './file-dialogs.js';
import { registerFileChannels } from './files-handler.js';
import { registerCommands } from './ipc.js';
import { appMenuTemplate } from './menu.js';
import { printRoute } from './print.js';
import { PRINT_CHANNEL } from './print-channel.js';
import { printHandler } from './print-handler.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { APP_ORIGIN, hardenSession, hardenWebContents, webPreferences } from './security.js';
import { during, startupFailureText } from './startup-failure.js';

// The Electron entry only wires things together.
const here = __dirname;
const preload = path.join(here, 'preload.cjs');
/** Developer tools and their menu items only when started with --dev, never in a packaged app. */
const dev = process.argv.includes('--dev') && !app.isPackaged;

app.setName('Minutebook');
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let opened: Core | null = null;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(async () => {
    const dbFlag = process.argv.indexOf('--db');
    const file = resolveArchivePath(dbFlag > 0 ? process.argv[dbFlag + 1] : undefined);
    // The archive and the handlers live on worker threads: this process never runs SQL.
    const core = await during('archive', () => openCore(file, { host: 'electron' }));
    opened = core;
    await during('window', async () => {
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ dev, platform: process.platform })));
      hardenSession(session.defaultSession);
      serveRenderer(path.join(here, 'renderer'));
      registerCommands(ipcMain, core.dispatch);
      registerFileChannels(ipcMain, core, () => mainWindow, electronFileDialogs);
      ipcMain.handle(PRINT_CHANNEL, printHandler(() => mainWindow, (window, request) => printRoute(window, preload, request)));
      mainWindow = new BrowserWindow({ width: 1280, height: 820, show: false, webPreferences: webPreferences(preload, dev) });
      mainWindow.once('ready-to-show', () => mainWindow?.show());
      await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
    });
    app.on('window-all-closed', () => {
      core.close().finally(() => app.quit());
    });
  }).catch(async (error: unknown) => {
    // E.g. an archive from a newer Minutebook (changed in nothing), or a window that could not
    // load: the dialog says which.
    console.error(error);
    dialog.showErrorBox('Minutebook', startupFailureText(error));
    await opened?.close().catch((closeError: unknown) => console.error(closeError));
    app.exit(1);
  });
}
