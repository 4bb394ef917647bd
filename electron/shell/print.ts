import fs from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import type { PrintRequest, PrintResult } from './print-channel.js';
import { APP_ORIGIN, webPreferences } from './security.js';

const READY_TIMEOUT_MS = 15_000;

/** The print view marks <html data-print-ready> once its document is laid out. */
async function waitForPrintReady(win: BrowserWindow): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    const ready = await win.webContents.executeJavaScript('document.documentElement.dataset.printReady === "1"');
    if (ready === true) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the document did not finish loading');
}

/**
 * Renders a print route in a hidden window, then saves it as PDF or sends it to a printer.
 * A cancel is a result; any failure throws (printHandler turns it into a 'failed' result).
 */
export async function printRoute(parent: BrowserWindow, preload: string, request: PrintRequest): Promise<PrintResult> {
  // Hardened like every window, by the app's web-contents-created handler (main.ts).
  const win = new BrowserWindow({ show: false, webPreferences: webPreferences(preload) });
  try {
    await win.loadURL(`${APP_ORIGIN}/index.html#${request.route}`);
    await waitForPrintReady(win);
    if (request.mode === 'printer') {
      return await new Promise<PrintResult>((resolve) =>
        win.webContents.print({ printBackground: true }, (ok, reason) =>
          resolve(ok ? { status: 'ok', saved: null } : reason === 'cancelled' ? { status: 'cancelled' } : { status: 'failed', reason }),
        ),
      );
    }
    const name = `${request.route.split("?")[0]?.split("/").slice(2).join("-") ?? "document"}.pdf`;
    const choice = await dialog.showSaveDialog(parent, { defaultPath: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await fs.writeFile(choice.filePath, pdf);
    return { status: 'ok', saved: choice.filePath };
  } finally {
    win.destroy();
  }
}
