import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const localRequire = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or why it is not there. Reads what the `electron` package
 * records (path.txt and dist/) rather than requiring it: its index tries to download the
 * binary on first use, which cannot work on a machine without access to its release host.
 */
export function findElectron(
  env: NodeJS.ProcessEnv = process.env,
  packageDir = electronPackageDir(),
): { path: string } | { missing: string } {
  if (packageDir === null) return { missing: 'the electron package is not installed' };
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { missing: 'the Electron binary was never downloaded (no path.txt)' };
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(dist, relative);
  return fs.existsSync(binary) ? { path: binary } : { missing: `the Electron binary is missing at ${binary}` };
}

function electronPackageDir(): string | null {
  try {
    return path.dirname(localRequire.resolve('electron/package.json'));
  } catch {
    return null;
  }
}
