import { contextBridge, ipcRenderer } from 'electron';
import { type CommandName, commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL, type PrintRequest } from './print-channel.js';

// One function per command: the renderer never sees ipcRenderer or the IPC event.
const api: Record<CommandName, (input: unknown) => Promise<unknown>> = Object.fromEntries(
  commandNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as Record<CommandName, (input: unknown) => Promise<unknown>>;

contextBridge.exposeInMainWorld('minutebook', {
  commands: api,
  print: (request: PrintRequest) => ipcRenderer.invoke(PRINT_CHANNEL, request),
});
