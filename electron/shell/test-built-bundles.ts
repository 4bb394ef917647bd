// Test support for the *.dist.test.ts files: they test the bundles in dist/, as shipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.join(root, 'dist');

/** Newest modification time among the sources of the Node bundles. */
function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else if (/\.(ts|js|json)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of ['electron', 'db', 'build/tools/build.ts', 'package.json']) visit(path.join(root, source));
  return newest;
}

/** Waits for a lock folder so that two test files never build dist/ at the same time. */
function withBuildLock(fn: () => void): void {
  const lock = path.join(root, '.tmp', 'build-node.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120_000) throw new Error(`another build holds ${lock} (remove it if no build runs)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The path of a built bundle in dist/. `npm test` builds first; a targeted run builds the
 * Node bundles here when they are missing or older than their sources, and fails clearly
 * when that build fails.
 */
export function builtBundle(name: string): string {
  const file = path.join(distDir, name);
  const stale = () => !fs.existsSync(file) || fs.statSync(file).mtimeMs < newestSource();
  if (stale()) {
    withBuildLock(() => {
      if (!stale()) return;
      const build = spawnSync(process.execPath, [path.join(root, 'node_modules/.bin/tsx'), 'build/tools/build.ts', 'node'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`npm run build (node bundles) failed, so ${name} cannot be tested:\n${build.stderr}${build.stdout}`);
    });
  }
  if (!fs.existsSync(file)) throw new Error(`${file} is missing after the build`);
  return file;
}
