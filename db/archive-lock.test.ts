import path from 'node:path';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireArchiveLock, lockPath } from './archive-lock.js';
import { ArchiveError } from './errors.js';
import { removeTempDirs, tempArchivePath } from './test-support.js';

afterAll(removeTempDirs);

/** The PID of a process that has just exited. */
const DEAD_PID = spawnSync(process.execPath, ['-e', '0']).pid;

function writeLock(file: string, owner: object) {
  fs.writeFileSync(lockPath(file), JSON.stringify(owner));
}

function refusal(run: () => unknown): ArchiveError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveError);
    return error as ArchiveError;
  }
  throw new Error('the lock was taken');
}

describe('the archive lock file', () => {
  it('records PID, host, program and start time, refuses a second taker while held, and goes on release', () => {
    const file = tempArchivePath();
    const lock = acquireArchiveLock(file, 'Minutebook (desktop app)');
    expect(JSON.parse(fs.readFileSync(lockPath(file), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      program: 'Minutebook (desktop app)',
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const error = refusal(() => acquireArchiveLock(file, 'minutebook serve'));
    expect(error.code).toBe('LOCKED');
    expect(error.message).toContain(`Minutebook (desktop app) (PID ${process.pid} on ${os.hostname()}`);
    lock.release();
    expect(fs.existsSync(lockPath(file))).toBe(false);
    acquireArchiveLock(file, 'minutebook serve').release();
  });

  it('takes over a stale lock: a dead process on this host, or an unreadable file', () => {
    const file = tempArchivePath();
    writeLock(file, { pid: DEAD_PID, hostname: os.hostname(), program: 'old', startedAt: '2021-01-13T08:00:00Z' });
    acquireArchiveLock(file, 'new').release();
    // An unreadable lock file that has been there a while is a leftover; a fresh one may be
    // another program's lock being written, and is respected.
    fs.writeFileSync(lockPath(file), '{ half-writ');
    expect(refusal(() => acquireArchiveLock(file, 'new')).message).toMatch(/being opened by another program/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPath(file), old, old);
    acquireArchiveLock(file, 'new').release();
  });

  it('a lock file is never seen empty or half written: it appears whole, and no draft is left behind', () => {
    const file = tempArchivePath();
    const lock = acquireArchiveLock(file, 'Minutebook (browser mode)');
    expect(JSON.parse(fs.readFileSync(lockPath(file), 'utf8'))).toMatchObject({ pid: process.pid, program: 'Minutebook (browser mode)' });
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    lock.release();
  });

  it('a lock path that is a folder gives a clear LOCKED error', () => {
    const file = tempArchivePath();
    fs.mkdirSync(lockPath(file));
    expect(refusal(() => acquireArchiveLock(file, 'new')).message).toMatch(/is a folder/);
  });

  it("does not take over another host's lock, whose PID it cannot check", () => {
    const file = tempArchivePath();
    writeLock(file, { pid: DEAD_PID, hostname: 'may-chu-van-phong', program: 'Minutebook (desktop app)', startedAt: '2021-01-13T08:00:00Z' });
    expect(refusal(() => acquireArchiveLock(file, 'new')).message).toMatch(/on may-chu-van-phong/);
  });
});
