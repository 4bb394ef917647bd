import fs from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandNames, ipcChannel } from '../contract.js';
import { PRINT_CHANNEL } from './print-channel.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL } from './files-channel.js';
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
    webUtils: { getPathForFile: (file: { name: string }) => `/home/clerk/${file.name}` },
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
let api: {
  commands: Record<string, (...args: unknown[]) => Promise<unknown>>;
  print: (...args: unknown[]) => Promise<unknown>;
  files: Record<'pick' | 'storeDropped' | 'saveCopy', (...args: unknown[]) => Promise<unknown>>;
};

beforeAll(() => {
  source = fs.readFileSync(builtBundle('preload.cjs'), 'utf8');
  run = runSandboxed(source);
  api = run.exposed[0]?.[1] as typeof api;
});

describe('dist/preload.cjs in a sandboxed renderer', () => {
  it('runs, requiring nothing but electron', () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes one object, window.minutebook, with commands, files and print only', () => {
    expect(run.exposed.map(([key]) => key)).toEqual(['minutebook']);
    expect(Object.keys(api).sort()).toEqual(['commands', 'files', 'print']);
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
    // The two containers, print, one function per command, files and its three: no ipcRenderer, no event.
    expect(values).toHaveLength(3 + commandNames.length + 4);
  });

  it('each command invokes its own channel with the input alone, and returns the answer', async () => {
    for (const name of commandNames) {
      run.invoked.length = 0;
      const input = { probe: name };
      await expect(api.commands[name]!(input, { sender: 'an extra argument' })).resolves.toEqual({ ok: true, value: 'answer' });
      expect(run.invoked).toEqual([[ipcChannel(name), input]]);
    }
  });

  it("files invoke the shell's file channels; a dropped file goes by the path webUtils finds", async () => {
    run.invoked.length = 0;
    await api.files.storeDropped({ name: 'a.pdf' }, { meetingId: 1 }, 'extra');
    await api.files.pick({ meetingId: 1 }, 'extra');
    await api.files.saveCopy(4, 'extra');
    expect(run.invoked).toEqual([
      [FILES_STORE_DROPPED_CHANNEL, { file: '/home/clerk/a.pdf', target: { meetingId: 1 } }],
      [FILES_PICK_CHANNEL, { meetingId: 1 }],
      [FILES_SAVE_COPY_CHANNEL, 4],
    ]);
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
