import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoFile, makeTempDir, removeTempDirs } from '../../db/test-support.js';
import type { AttachmentInfo, Page, Result } from '../contract.js';
import { type Core, openCore } from '../core/client.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL } from './files-channel.js';
import { registerFileChannels } from './files-handler.js';

// The Electron side of attachments with the real core (worker threads, a demo archive) and
// stand-ins only for what needs the Electron binary: ipcMain, the window and its dialogs.

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const webContents = {};
const window = { webContents } as unknown as BrowserWindow;
let core: Core;
let dir: string;
let meetingId: number;
const chosen: { open: string | null; save: string | null } = { open: null, save: null };

const event = (url = 'app://minutebook/index.html#/meetings/1/attachments', sender: unknown = webContents) =>
  ({ sender, senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;
const call = (channel: string, input: unknown, e = event()) => handlers.get(channel)!(e, input) as Promise<Result<unknown> | null>;

beforeAll(async () => {
  core = await openCore(await createDemoFile(), { host: 'electron' });
  const meetings = (await core.dispatch('meetings.list', { limit: 1 })) as { ok: true; value: Page<{ id: number }> };
  meetingId = meetings.value.items[0]!.id;
  dir = makeTempDir();
  registerFileChannels({ handle: (c: string, h: Handler) => handlers.set(c, h) } as unknown as IpcMain, core, () => window, {
    open: async () => chosen.open,
    save: async () => chosen.save,
  });
}, 60_000);
afterAll(async () => {
  await core.close();
  removeTempDirs();
});

describe('the shell file channels', () => {
  it('store the file the open dialog chose, and save a copy, byte for byte, where the save dialog says', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.5\n'), randomBytes(2_100_000)]);
    chosen.open = path.join(dir, 'Tờ trình.pdf');
    fs.writeFileSync(chosen.open, bytes);
    const stored = (await call(FILES_PICK_CHANNEL, { meetingId })) as { ok: true; value: AttachmentInfo };
    expect(stored).toMatchObject({ ok: true, value: { fileName: 'Tờ trình.pdf', mimeType: 'application/pdf', size: bytes.length } });
    expect(fs.existsSync(chosen.open)).toBe(true); // the clerk's own file is never removed

    chosen.save = path.join(dir, 'copy.pdf');
    expect(await call(FILES_SAVE_COPY_CHANNEL, stored.value.id)).toEqual({ ok: true, value: { size: bytes.length } });
    expect(fs.readFileSync(chosen.save).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${chosen.save}.part`)).toBe(false);
  });

  it('a cancelled dialog stores and saves nothing', async () => {
    chosen.open = null;
    chosen.save = null;
    expect(await call(FILES_PICK_CHANNEL, { meetingId })).toBeNull();
    expect(await call(FILES_SAVE_COPY_CHANNEL, 1)).toBeNull();
  });

  it('refuses another frame or window, a File with no path on disk, and a made-up target', async () => {
    chosen.open = path.join(dir, 'Tờ trình.pdf');
    const before = ((await core.dispatch('attachments.list', { meetingId })) as { ok: true; value: Page<AttachmentInfo> }).value.items.length;
    expect(await call(FILES_PICK_CHANNEL, { meetingId }, event('https://evil.example/'))).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await call(FILES_PICK_CHANNEL, { meetingId }, event(undefined, {}))).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // webUtils.getPathForFile gives '' for a File the page made itself.
    expect(await call(FILES_STORE_DROPPED_CHANNEL, { file: '', target: { meetingId } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(FILES_STORE_DROPPED_CHANNEL, { file: dir, target: { meetingId } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(FILES_PICK_CHANNEL, { meetingId, file: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const after = ((await core.dispatch('attachments.list', { meetingId })) as { ok: true; value: Page<AttachmentInfo> }).value.items.length;
    expect(after).toBe(before);
  });

  it('stores a dropped file by the path the preload found', async () => {
    const file = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(file, 'Ghi chú\n');
    expect(await call(FILES_STORE_DROPPED_CHANNEL, { file, target: { meetingId } })).toMatchObject({ ok: true, value: { fileName: 'ghi-chu.txt', mimeType: 'text/plain; charset=utf-8' } });
  });
});
