import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { ATTACHMENT_MAX_BYTES, type AttachmentInfo, type Result, safeFileName } from '../contract.js';
import type { Core } from '../core/client.js';
import { FILES_PICK_CHANNEL, FILES_SAVE_COPY_CHANNEL, FILES_STORE_DROPPED_CHANNEL, isAttachmentId, isAttachmentTarget } from './files-channel.js';
import { trustedSender } from './ipc.js';

/** The shell's dialogs, as the file channels need them (main.ts passes Electron's). */
export interface FileDialogs {
  /** A file to open, or null when cancelled. */
  open(window: BrowserWindow): Promise<string | null>;
  /** Where to save `defaultName`, or null when cancelled. */
  save(window: BrowserWindow, defaultName: string): Promise<string | null>;
}

const refused = (message: string): Result<never> => ({ ok: false, error: { code: 'UNAUTHORIZED', message } });
const invalid = (message: string): Result<never> => ({ ok: false, error: { code: 'VALIDATION', message } });
const tooLarge = (): Result<never> => ({ ok: false, error: { code: 'TOO_LARGE', message: `larger than ${ATTACHMENT_MAX_BYTES} bytes` } });

/**
 * The Electron side of attachments: a picked or dropped file goes to the core's storeFile
 * job (the same one browser mode's upload route runs), a copy is saved where the save dialog
 * says. Only the main window's own top-level page may ask; the page never names a path.
 */
export function registerFileChannels(ipcMain: IpcMain, core: Pick<Core, 'job' | 'dispatch'>, mainWindow: () => BrowserWindow | null, dialogs: FileDialogs): void {
  const guard = (event: IpcMainInvokeEvent): BrowserWindow | null => {
    const window = mainWindow();
    return window && event.sender === window.webContents && trustedSender(event) ? window : null;
  };
  const store = (file: string, target: unknown) => {
    if (fs.statSync(file).size > ATTACHMENT_MAX_BYTES) return tooLarge();
    return core.job('attachments.storeFile', { file, fileName: path.basename(file), target });
  };

  ipcMain.handle(FILES_PICK_CHANNEL, async (event, target: unknown): Promise<Result<unknown> | null> => {
    const window = guard(event);
    if (!window) return refused('untrusted frame');
    if (!isAttachmentTarget(target)) return invalid('target');
    const file = await dialogs.open(window);
    return file === null ? null : store(file, target);
  });

  // The path comes from the preload (webUtils.getPathForFile of a File the clerk dropped);
  // a File made in the page has no path ('') and is refused.
  ipcMain.handle(FILES_STORE_DROPPED_CHANNEL, async (event, request: unknown): Promise<Result<unknown>> => {
    if (!guard(event)) return refused('untrusted frame');
    const { file, target } = (request ?? {}) as { file?: unknown; target?: unknown };
    if (typeof file !== 'string' || !path.isAbsolute(file) || !isAttachmentTarget(target)) return invalid('not a dropped file');
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return invalid('not a dropped file');
    return store(file, target);
  });

  ipcMain.handle(FILES_SAVE_COPY_CHANNEL, async (event, attachmentId: unknown): Promise<Result<unknown> | null> => {
    const window = guard(event);
    if (!window) return refused('untrusted frame');
    if (!isAttachmentId(attachmentId)) return invalid('attachmentId');
    const info = (await core.dispatch('attachments.get', { id: attachmentId })) as Result<AttachmentInfo>;
    if (!info.ok) return info;
    const file = await dialogs.save(window, safeFileName(info.value.fileName));
    return file === null ? null : core.job('attachments.saveCopy', { attachmentId, file });
  });
}
