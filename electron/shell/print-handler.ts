import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { trustedSender } from './ipc.js';
import { type PrintRequest, type PrintResult, isPrintRequest } from './print-channel.js';

type Print = (window: BrowserWindow, request: PrintRequest) => Promise<PrintResult>;

/**
 * The print channel's handler: only the main window's own top-level page may print, only a
 * print route, and every outcome comes back as a PrintResult (a failure is never a cancel).
 */
export function printHandler(mainWindow: () => BrowserWindow | null, print: Print) {
  return async (event: IpcMainInvokeEvent, request: unknown): Promise<PrintResult> => {
    const window = mainWindow();
    if (!window || event.sender !== window.webContents || !trustedSender(event)) return { status: 'refused', reason: 'untrusted' };
    if (!isPrintRequest(request)) return { status: 'refused', reason: 'invalid' };
    try {
      return await print(window, request);
    } catch (error) {
      console.error(error);
      return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  };
}
