import fs from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL } from './print-channel.js';
import { builtBundle } from './test-built-bundles.js';

// dist/preload.cjs as Electron runs a sandboxed preload: wrapped in a function that gets only
// require (electron, events, timers, url, with or without node:), process, Buffer, global,
// setImmediate and clearImmediate, in a context with no Node globals (__filename, module...).

interface Recorded {
  exposed: Array<[string, unknown]>;
  invoked: unknown[][];
  required: string[];
}

const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'];

function runSandboxed(source: string): Recorded {
  const recorded: Recorded = { exposed: [], invoked: [], required: [] };
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      recorded.invoked.push(args);
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    send: () => {
      throw new Error('send is not for the preload');
    },
    on: () => ipcRenderer,
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.push([key, api]) },
    ipcRenderer,
    webFrame: {},
  };
  const standIns: Record<string, unknown> = { electron, events: {}, timers: {}, url: {} };
  const sandboxRequire = (name: string) => {
    recorded.required.push(name);
    const bare = name.startsWith('node:') ? name.slice('node:'.length) : name;
    if (!SANDBOX_MODULES.includes(bare) || (bare === 'electron' && name !== 'electron')) {
      throw new Error(`module not found: ${name} (a sandboxed preload may require only ${SANDBOX_MODULES.join(', ')})`);
    }
    return standIns[bare];
  };
  const sandboxProcess = { platform: 'linux', type: 'renderer', versions: {}, env: {}, argv: [], execPath: '' };
  const context = vm.createContext({});
  const wrapper = vm.runInContext(
    `(function (require, process, Buffer, global, setImmediate, clearImmediate) {${source}\n})`,
    context,
    { filename: 'preload.cjs' },
  ) as (...args: unknown[]) => void;
  wrapper(sandboxRequire, sandboxProcess, Buffer, vm.runInContext('globalThis', context), setImmediate, clearImmediate);
  return recorded;
}

let source: string;
let run: Recorded;
let api: { commands: Record<string, (...args: unknown[]) => Promise<unknown>>; print: (...args: unknown[]) => Promise<unknown> };

beforeAll(() => {
  source = fs.readFileSync(builtBundle('preload.cjs'), 'utf8');
  run = runSandboxed(source);
  api = run.exposed[0]?.[1] as typeof api;
});

describe('dist/preload.cjs in a sandboxed renderer', () => {
  it('runs, requiring nothing but electron', () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes one object, window.minutebook, with commands and print only', () => {
    expect(run.exposed.map(([key]) => key)).toEqual(['minutebook']);
    expect(Object.keys(api).sort()).toEqual(['commands', 'print']);
    expect(typeof api.print).toBe('function');
  });

  it('has exactly one function per contract command, and nothing else', () => {
    expect(Object.keys(api.commands).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) expect(typeof api.commands[name]).toBe('function');
  });

  it('hands out neither ipcRenderer nor any other object', () => {
    const values: unknown[] = [];
    const visit = (value: unknown) => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || values.includes(value)) return;
      values.push(value);
      for (const key of Object.getOwnPropertyNames(value)) {
        if (typeof value === 'function' && ['length', 'name', 'prototype'].includes(key)) continue;
        visit((value as Record<string, unknown>)[key]);
      }
    };
    visit(api);
    // The two containers, print, and one function per command: no ipcRenderer, no event.
    expect(values).toHaveLength(3 + commandNames.length);
  });

  it('each command invokes its own channel with the input alone, and returns the answer', async () => {
    for (const name of commandNames) {
      run.invoked.length = 0;
      const input = { probe: name };
      await expect(api.commands[name]!(input, { sender: 'an extra argument' })).resolves.toEqual({ ok: true, value: 'answer' });
      expect(run.invoked).toEqual([[ipcChannel(name), input]]);
    }
  });

  it('print invokes the shell print channel with the request alone', async () => {
    run.invoked.length = 0;
    const request = { route: '/print/roster/1', mode: 'pdf' };
    await api.print(request, 'extra');
    expect(run.invoked).toEqual([[PRINT_CHANNEL, request]]);
  });

  it('does not touch __filename, __dirname or import.meta (absent in the sandbox)', () => {
    expect(source).not.toMatch(/__filename|__dirname|import\.meta/);
  });
});
