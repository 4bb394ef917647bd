import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Dispatch, commandNames, ipcChannel } from '../contract.js';
import { isAppUrl } from './security.js';

/** Only our own top-level page may call a command. */
export function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** One IPC handler per contract command; the event object never reaches a handler. */
export function registerCommands(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const name of commandNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!trustedSender(event)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'command from an untrusted frame' } };
      }
      return dispatch(name, input);
    });
  }
}
