import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL } from './print-channel.js';

// The Electron binary is not available to unit tests: the preload's two Electron objects are stand-ins.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })), on: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

let exposed: { commands: Record<string, (input: unknown) => Promise<unknown>>; print: (r: unknown) => Promise<unknown> };

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
  it('exposes only commands and print under window.minutebook', () => {
    expect(Object.keys(exposed).sort()).toEqual(['commands', 'print']);
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
    const forbidden = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer), electron.contextBridge];
    for (const v of forbidden) expect(values).not.toContain(v);
    expect(values.length).toBe(3 + commandNames.length);
  });
});
