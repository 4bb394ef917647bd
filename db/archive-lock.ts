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

/** How long an unreadable lock file is given before it counts as left behind (no program of ours writes one). */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * A lock left by a process that is gone: same host, dead PID; or a lock file that cannot be
 * read and has been there for a while (a file of ours is never unreadable: see createWhole).
 */
function isStale(owner: LockOwner | null, path: string): boolean {
  if (owner === null) {
    const age = Date.now() - (fs.statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age > UNREADABLE_GRACE_MS;
  }
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
  if (fs.statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ArchiveError('LOCKED', `The archive's lock file ${path} is a folder: remove it, then open the archive again.`, { file });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createWhole(path, JSON.stringify(me))) {
      return {
        path,
        release() {
          if (readOwner(path)?.pid === me.pid) fs.rmSync(path, { force: true });
        },
      };
    }
    const owner = readOwner(path);
    const ours = reclaimOwn && owner !== null && owner.pid === process.pid && owner.hostname === os.hostname();
    if (!isStale(owner, path) && !ours) {
      throw new ArchiveError(
        'LOCKED',
        owner
          ? `The archive is open for editing in ${describeOwner(owner)}. Close it there first.`
          : `The archive is being opened by another program (its lock file ${path} is new). Try again in a moment.`,
        { file, owner },
      );
    }
    fs.rmSync(path, { force: true });
  }
  throw new ArchiveError('LOCKED', `The archive's lock file ${path} could not be taken.`, { file });
}

/**
 * Creates `path` with its whole content at once, or returns false when it exists: the
 * content goes to a private file first and is hard-linked into place (link fails if the name
 * is taken), so no other program ever sees a lock file that is empty or half written.
 */
function createWhole(path: string, content: string): boolean {
  const draft = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = fs.openSync(draft, 'wx');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}
