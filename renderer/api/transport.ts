import {
  API_PREFIX,
  type AttachmentInfo,
  type AttachmentTarget,
  type CommandInput,
  type CommandName,
  type CommandResult,
  type PrintRequest,
  type PrintResult,
  type Result,
  TOKEN_HEADER,
} from '../../electron/contract';

/** What the Electron preload exposes: one function per command, and the shell's printing. */
export interface ShellBridge {
  commands: Record<CommandName, (input: unknown) => Promise<unknown>>;
  print(request: PrintRequest): Promise<PrintResult>;
  /** Files in and out of the archive through the shell's dialogs (electron/shell/files-channel.ts). */
  files?: ShellFiles;
}

/** The shell's file functions: the page hands over a File or an id, never a path. */
export interface ShellFiles {
  /** Opens the file dialog and stores the chosen file; null when cancelled. */
  pick(target: AttachmentTarget): Promise<Result<AttachmentInfo> | null>;
  /** Stores a dropped file (the preload finds its path; the page never sees it). */
  storeDropped(file: File, target: AttachmentTarget): Promise<Result<AttachmentInfo>>;
  /** Saves a copy through the save dialog; null when cancelled. */
  saveCopy(attachmentId: number): Promise<Result<{ size: number }> | null>;
}

declare global {
  interface Window {
    minutebook?: ShellBridge;
  }
}

const TOKEN_KEY = 'minutebook.token';

/**
 * Browser mode: the link carries the per-launch token once (`?token=`). The tab keeps it in
 * sessionStorage (a reload still works; no cookie, which every server on 127.0.0.1 would
 * receive) and the address bar drops it, so it stays out of the history.
 */
function takeTokenFromLink(): void {
  const url = new URL(window.location.href);
  const fromLink = url.searchParams.get('token');
  if (fromLink === null) return;
  if (fromLink) sessionStorage.setItem(TOKEN_KEY, fromLink);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}
takeTokenFromLink();

export function browserToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function shellBridge(): ShellBridge | undefined {
  return window.minutebook;
}

export async function invoke<N extends CommandName, I extends CommandInput<N>>(name: N, input: I): Promise<Result<CommandResult<N, I>>> {
  const shell = shellBridge();
  if (shell) return (await shell.commands[name](input)) as Result<CommandResult<N, I>>;
  let response: Response;
  try {
    response = await fetch(API_PREFIX + name, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: browserToken() },
      body: JSON.stringify(input),
    });
  } catch (error) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: (error as Error).message } };
  }
  try {
    return (await response.json()) as Result<CommandResult<N, I>>;
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: `HTTP ${response.status}` } };
  }
}
