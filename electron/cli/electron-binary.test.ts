import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectron } from './electron-binary.js';

const dirs: string[] = [];
function fakePackage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-electron-pkg-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('findElectron', () => {
  it('says the binary was never downloaded when the package has no path.txt', () => {
    const found = findElectron({}, fakePackage());
    expect(found).toEqual({ missing: expect.stringContaining('never downloaded') });
  });

  it('gives the binary path when path.txt names a file that exists', () => {
    const dir = fakePackage();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(findElectron({}, dir)).toEqual({ path: path.join(dir, 'dist', 'electron') });
  });

  it('reports a recorded binary that is gone, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakePackage();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectron({}, dir)).toEqual({ missing: expect.stringContaining('missing at') });
    const override = fakePackage();
    fs.writeFileSync(path.join(override, 'electron'), '');
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: override }, dir)).toEqual({ path: path.join(override, 'electron') });
  });

});
