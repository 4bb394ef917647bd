import {
  API_PREFIX,
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

function browserToken(): string {
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
