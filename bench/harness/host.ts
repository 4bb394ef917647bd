import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { API_PREFIX, TOKEN_HEADER } from '../../electron/contract.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.cjs');

export interface Host {
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** One command over HTTP with the token, as the renderer sends it; throws on a failed Result. */
  call(name: string, input: unknown): Promise<unknown>;
  /** The host process's peak resident memory so far (VmHWM), in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

/** Starts the real browser-mode host (`minutebook serve`, the built CLI) on an archive. */
export async function startHost(dbFile: string): Promise<Host> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  let stopping = false;
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', dbFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Never leave a server behind, even when the bench itself fails.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no link: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code, signal) => {
      const message = `serve on ${dbFile} exited (${code ?? signal}): ${out.slice(-2000)}`;
      reject(new Error(message));
      if (!stopping) console.error(message);
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const call = async (name: string, input: unknown) => {
    const res = await fetch(`${parsed.origin}${API_PREFIX}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input),
    });
    const result = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
    return result.value;
  };
  // The archive's integrity check runs in the background after opening: measure after it.
  for (;;) {
    const status = (await call('archive.status', {})) as { integrity: { status: string } };
    if (status.integrity.status !== 'checking') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    url,
    origin: parsed.origin,
    token,
    pid,
    call,
    peakRss: () => {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
