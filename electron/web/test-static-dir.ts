import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../db/test-support.js';

/**
 * A built-renderer stand-in for the tests of both static hosts (browser-mode server, app://
 * protocol): root/renderer/{index.html, assets/app.js}, and a secret file beside it that
 * must never be served.
 */
export function makeStaticDir(secret = 'SECRET-OUTSIDE-THE-STATIC-DIR'): { root: string; staticDir: string } {
  const root = makeTempDir();
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ secret }));
  fs.writeFileSync(path.join(root, 'secret.txt'), secret);
  const staticDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Minutebook</title><script src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("minutebook");');
  return { root, staticDir };
}
