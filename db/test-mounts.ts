// Real read-only and full file systems for tests, made with root's tools (CI runs as root,
// and root ignores file permissions, so chmod cannot make a file read-only for it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './test-support.js';

export const isRoot = process.getuid?.() === 0;
/** Why the tests that need these are skipped elsewhere. */
export const NOT_ROOT_REASON = 'needs root: mount (tmpfs, read-only bind) and chattr +i; root ignores chmod';

const cleanups: Array<() => void> = [];

/** Undo every mount and attribute made here (call from afterEach/afterAll, before removing temp folders). */
export function undoMounts(): void {
  for (const undo of cleanups.splice(0).reverse()) {
    try {
      undo();
    } catch {
      // already undone
    }
  }
}

/** A fresh tmpfs of `kib` KiB: a disk that fills up. */
export function smallDisk(kib: number): string {
  const dir = makeTempDir();
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir]);
  cleanups.push(() => execFileSync('umount', [dir]));
  return dir;
}

/** Fills the file system holding `dir` to the last byte. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    for (let size = 2048; size >= 1; size >>= 1) {
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(size, 1));
      } catch {
        // smaller pieces next
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** `dir` seen through a read-only bind mount: a folder (and files) nobody, not even root, can write. */
export function readOnlyView(dir: string): string {
  const view = makeTempDir();
  execFileSync('mount', ['--bind', dir, view]);
  cleanups.push(() => execFileSync('umount', [view]));
  execFileSync('mount', ['-o', 'remount,ro,bind', view]);
  return view;
}

/** Makes a file immutable (chattr +i): it cannot be written, even by root; its folder stays writable. */
export function immutable(file: string): void {
  execFileSync('chattr', ['+i', file]);
  cleanups.push(() => execFileSync('chattr', ['-i', file]));
}
