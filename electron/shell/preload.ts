import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { type CommandName, commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL, type PrintRequest } from './print-channel.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL } from './files-channel.js';

// One function per command: the renderer never sees ipcRenderer or the IPC event.
const api: Record<CommandName, (input: unknown) => Promise<unknown>> = Object.fromEntries(
  commandNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as Record<CommandName, (input: unknown) => Promise<unknown>>;

contextBridge.exposeInMainWorld('minutebook', {
  commands: api,
  print: (request: PrintRequest) => ipcRenderer.invoke(PRINT_CHANNEL, request),
  // Attachments: the page hands over a File or an id; a dropped file's path is found here and
  // never given to the page.
  files: {
    pick: (target: unknown) => ipcRenderer.invoke(FILES_PICK_CHANNEL, target),
    storeDropped: (file: File, target: unknown) => ipcRenderer.invoke(FILES_STORE_DROPPED_CHANNEL, { file: webUtils.getPathForFile(file), target }),
    saveCopy: (attachmentId: unknown) => ipcRenderer.invoke(FILES_SAVE_COPY_CHANNEL, attachmentId),
  },
});
