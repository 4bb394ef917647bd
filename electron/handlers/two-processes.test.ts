import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lockPath } from '../../db/archive-lock.js';
import { sqliteDriverPath } from '../../db/sqlite-driver.js';
import { createDemoFile, removeTempDirs } from '../../db/test-support.js';
import { type Session, openSession } from './session.js';

// Real processes on one archive file: the child runs our code through tsx.
const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'test-child.ts');
const run = promisify(execFile);
const children: ChildProcess[] = [];
const sessions: Session[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(removeTempDirs);

async function updates(file: string, n: number): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, 'update', file, String(n), '1'], { cwd: here });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as string[];
}

/** Starts a child that opens the archive like a host and keeps it open; resolves once it is. */
function holder(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: here, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

describe('two processes on one archive', () => {
  it('read-then-write commands from two processes at once all succeed (transactions begin IMMEDIATE)', async () => {
    const file = await createDemoFile();
    const [a, b] = await Promise.all([updates(file, 60), updates(file, 60)]);
    expect([...a, ...b].filter((c) => c !== 'ok')).toEqual([]);
  }, 60_000);

  it('a write that waits out the busy timeout is LOCKED with a clear message, not INTERNAL', async () => {
    const file = await createDemoFile();
    // A plain SQLite client holding the write lock.
    const script = `const D = require(${JSON.stringify(sqliteDriverPath())}); const db = new D(${JSON.stringify(file)});
      db.pragma('journal_mode = WAL'); db.exec('begin immediate'); console.log('ready'); setInterval(() => {}, 1e9);`;
    await holder(['-e', script]);
    const session = await openSession(file, 'browser', { integrityCheck: 'skip', lock: false, busyTimeoutMs: 300 });
    sessions.push(session);
    const result = await session.dispatch('committees.update', { id: 1, placeName: 'Đang bị khóa' });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringMatching(/Another program is writing/) } });
    const after = await session.dispatch('committees.get', { id: 1 });
    expect(after.ok && (after.value as { placeName: string }).placeName).not.toBe('Đang bị khóa');
  }, 30_000);

  it('a second host is told which program holds the archive; once that process is gone, its lock is taken over', async () => {
    const file = await createDemoFile();
    const child = await holder(['--import', 'tsx', CHILD, 'hold', file]);
    const owner = JSON.parse(fs.readFileSync(lockPath(file), 'utf8'));
    expect(owner).toMatchObject({ pid: child.pid, hostname: os.hostname(), program: 'Minutebook (browser mode)' });
    expect(Date.parse(owner.startedAt)).toBeGreaterThan(Date.now() - 60_000);

    const refused = await openSession(file, 'electron').then(
      (s) => (sessions.push(s), null),
      (e: unknown) => e as { code: string; message: string },
    );
    expect(refused).toMatchObject({ code: 'LOCKED', message: expect.stringContaining(`Minutebook (browser mode) (PID ${child.pid}`) });

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(fs.existsSync(lockPath(file))).toBe(true);
    const session = await openSession(file, 'electron', { integrityCheck: 'skip' });
    sessions.push(session);
    expect(JSON.parse(fs.readFileSync(lockPath(file), 'utf8'))).toMatchObject({ pid: process.pid, program: 'Minutebook (desktop app)' });
    await session.close();
    sessions.pop();
    expect(fs.existsSync(lockPath(file))).toBe(false);
  }, 30_000);
});
