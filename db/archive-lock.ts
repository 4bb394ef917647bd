import fs from 'node:fs';
import os from 'node:os';
import { ArchiveError } from './errors.js';

/** Who holds an archive open for editing: written to `<archive>.lock` beside it. */
export interface LockOwner {
  pid: number;
  hostname: string;
  program: string;
  startedAt: string;
}

export interface ArchiveLock {
  readonly path: string;
  release(): void;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process that is gone: same host, dead PID (or an unreadable lock file). */
function isStale(owner: LockOwner | null): boolean {
  if (owner === null) return true;
  return owner.hostname === os.hostname() && !isAlive(owner.pid);
}

export function describeOwner(owner: LockOwner): string {
  return `${owner.program} (PID ${owner.pid} on ${owner.hostname}, since ${owner.startedAt})`;
}

/**
 * Takes the archive's lock file for `program`, or throws LOCKED naming the program that
 * holds it. A stale lock (its process is gone) is taken over, and so, with `reclaimOwn`, is
 * one this process left (a core worker that crashed and is started again).
 */
export function acquireArchiveLock(file: string, program: string, reclaimOwn = false): ArchiveLock {
  const path = lockPath(file);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), program, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      const ours = reclaimOwn && owner !== null && owner.pid === process.pid && owner.hostname === os.hostname();
      if (!isStale(owner) && !ours) {
        throw new ArchiveError(
          'LOCKED',
          `The archive is open for editing in ${describeOwner(owner as LockOwner)}. Close it there first.`,
          { file, owner },
        );
      }
      fs.rmSync(path, { force: true });
      continue;
    }
    try {
      fs.writeSync(fd, JSON.stringify(me));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return {
      path,
      release() {
        if (readOwner(path)?.pid === me.pid) fs.rmSync(path, { force: true });
      },
    };
  }
  throw new ArchiveError('LOCKED', `The archive's lock file ${path} could not be taken.`, { file });
}
