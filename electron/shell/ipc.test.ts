import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countRows, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { commandNames, ipcChannel } from '../contract.js';
import { type Session, openSession } from '../handlers/session.js';
import { registerCommands, trustedSender } from './ipc.js';

type Invoke = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown> | unknown;

let session: Session;
let dispatch: ReturnType<typeof vi.fn<Session['dispatch']>>;
const handlers = new Map<string, Invoke>();
const handle = vi.fn((channel: string, fn: Invoke) => void handlers.set(channel, fn));

beforeAll(async () => {
  session = await openSession(tempArchivePath(), 'electron', { create: true });
  // The real dispatcher, watched: untrusted calls must never reach it.
  dispatch = vi.fn(session.dispatch);
  registerCommands({ handle } as unknown as IpcMain, dispatch);
});
afterAll(async () => {
  await session.close();
  removeTempDirs();
});

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;
const appFrame = frame('app://minutebook/index.html#/roster');

describe('registerCommands', () => {
  it('registers exactly one handler per command, on its own channel', () => {
    const channels = handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(commandNames.length);
    expect(new Set(channels)).toEqual(new Set(commandNames.map(ipcChannel)));
  });

  it('runs a command from our own top-level page through the dispatcher', async () => {
    const invoke = handlers.get(ipcChannel('people.create'))!;
    const result = await invoke(appFrame, { fullName: 'Trần Thị Lan' });
    expect(result).toMatchObject({ ok: true, value: { fullName: 'Trần Thị Lan' } });
    expect(dispatch).toHaveBeenLastCalledWith('people.create', { fullName: 'Trần Thị Lan' });
    // The IPC event never reaches the dispatcher.
    expect(dispatch.mock.lastCall).toHaveLength(2);
  });

  it.each([
    ['a foreign page', frame('https://evil.example/')],
    ['a look-alike host', frame('app://minutebook.evil.example/index.html')],
    ['a file page', frame('file:///tmp/x.html')],
    ['a subframe of our page', frame('app://minutebook/index.html', { url: 'app://minutebook/index.html' })],
    ['a destroyed frame', { senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('answers UNAUTHORIZED to %s without calling dispatch', async (_label, event) => {
    dispatch.mockClear();
    const before = await countRows(session.archive.db, 'people');
    const result = await handlers.get(ipcChannel('people.create'))!(event, { fullName: 'Kẻ xâm nhập' });
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await countRows(session.archive.db, 'people')).toBe(before);
  });
});

describe('trustedSender', () => {
  it('trusts only the app origin in a top-level frame', () => {
    expect(trustedSender(appFrame)).toBe(true);
    expect(trustedSender(frame('app://minutebook/'))).toBe(true);
    expect(trustedSender(frame('app://minutebook/', {}))).toBe(false);
    expect(trustedSender(frame('http://127.0.0.1:5173/'))).toBe(false);
  });
});
