import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL } from './print-channel.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL } from './files-channel.js';

// The Electron binary is not available to unit tests: the preload's two Electron objects are stand-ins.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })), on: vi.fn(), send: vi.fn() },
  webUtils: { getPathForFile: vi.fn((file: { name: string }) => `/home/clerk/${file.name}`) },
}));
vi.mock('electron', () => electron);

let exposed: {
  commands: Record<string, (input: unknown) => Promise<unknown>>;
  print: (r: unknown) => Promise<unknown>;
  files: { pick(t: unknown): Promise<unknown>; storeDropped(f: unknown, t: unknown): Promise<unknown>; saveCopy(id: unknown): Promise<unknown> };
};

beforeAll(async () => {
  await import('./preload.js');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, typeof exposed];
  expect(key).toBe('minutebook');
  exposed = api;
});

/** Every value reachable from the exposed object. */
function reachable(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.values(value as object).flatMap((v) => reachable(v, seen))];
}

describe('preload', () => {
  it('exposes only commands, files and print under window.minutebook', () => {
    expect(Object.keys(exposed).sort()).toEqual(['commands', 'files', 'print']);
  });

  it("files go to the shell's file channels; a dropped file's path is found here, never given by the page", async () => {
    electron.ipcRenderer.invoke.mockClear();
    const file = { name: 'QD 25.pdf' };
    await exposed.files.storeDropped(file, { meetingId: 3 });
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(FILES_STORE_DROPPED_CHANNEL, { file: '/home/clerk/QD 25.pdf', target: { meetingId: 3 } });
    await exposed.files.pick({ decisionId: 2 });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(FILES_PICK_CHANNEL, { decisionId: 2 });
    await exposed.files.saveCopy(7);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(FILES_SAVE_COPY_CHANNEL, 7);
  });

  it('has exactly one function per contract command', () => {
    expect(Object.keys(exposed.commands).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) expect(typeof exposed.commands[name]).toBe('function');
  });

  it('each function invokes its own channel with the input, and nothing else', async () => {
    for (const name of commandNames) {
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const result = await exposed.commands[name]!(input);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(name), input);
      expect(result).toEqual({ channel: ipcChannel(name), input });
    }
  });

  it('print goes to the shell print channel', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const request = { route: '/print/roster/1', mode: 'pdf' };
    await exposed.print(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(PRINT_CHANNEL, request);
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    const values = reachable(exposed);
    const forbidden = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer), electron.contextBridge, electron.webUtils];
    for (const v of forbidden) expect(values).not.toContain(v);
    // The two containers, print, one function per command, and files with its three functions.
    expect(values.length).toBe(3 + commandNames.length + 4);
  });
});
