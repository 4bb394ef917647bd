import {
  API_PREFIX,
  type CommandInput,
  type CommandName,
  type CommandResult,
  type Result,
  TOKEN_HEADER,
} from '../../electron/contract';

/** What the Electron preload exposes: one function per command, and the shell's printing. */
export interface ShellBridge {
  commands: Record<CommandName, (input: unknown) => Promise<unknown>>;
  print(request: { route: string; mode: 'pdf' | 'printer' }): Promise<{ saved: string | null }>;
}

declare global {
  interface Window {
    minutebook?: ShellBridge;
  }
}

const TOKEN_KEY = 'minutebook.token';

/** Browser mode: the token comes in the link's query; the tab keeps it for reloads. */
function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
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
