import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../db/test-support.js';
import { contentType, resolveStatic } from './static-files.js';
import { makeStaticDir } from './test-static-dir.js';

afterAll(removeTempDirs);

describe('resolveStatic', () => {
  const { root, staticDir } = makeStaticDir();
  const outside = makeTempDir();
  fs.writeFileSync(path.join(outside, 'archive.sqlite'), 'SECRET-ARCHIVE');
  fs.mkdirSync(path.join(outside, 'folder'));
  fs.writeFileSync(path.join(outside, 'folder', 'inner.txt'), 'SECRET-INNER');
  fs.symlinkSync(path.join(outside, 'archive.sqlite'), path.join(staticDir, 'archive.sqlite'));
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'secret.txt'));
  fs.symlinkSync('/etc/passwd', path.join(staticDir, 'passwd'));
  fs.symlinkSync(path.join(outside, 'folder'), path.join(staticDir, 'linked-folder'));
  // A link that stays inside is fine, and resolves to the real file.
  fs.symlinkSync(path.join(staticDir, 'assets', 'app.js'), path.join(staticDir, 'alias.js'));

  it('serves regular files inside the folder', () => {
    expect(resolveStatic(staticDir, '/')).toBe(path.join(fs.realpathSync(staticDir), 'index.html'));
    expect(resolveStatic(staticDir, '/assets/app.js')).toBe(path.join(fs.realpathSync(staticDir), 'assets', 'app.js'));
    expect(resolveStatic(staticDir, '/alias.js')).toBe(path.join(fs.realpathSync(staticDir), 'assets', 'app.js'));
  });

  it.each(['/archive.sqlite', '/assets/secret.txt', '/passwd', '/linked-folder/inner.txt', '/linked-folder'])(
    'refuses %s, a symbolic link to something outside the folder',
    (urlPath) => {
      expect(resolveStatic(staticDir, urlPath)).toBeNull();
    },
  );

  it('works when the folder itself is reached through a link', () => {
    const link = path.join(makeTempDir(), 'renderer-link');
    fs.symlinkSync(staticDir, link);
    expect(resolveStatic(link, '/assets/app.js')).toBe(path.join(fs.realpathSync(staticDir), 'assets', 'app.js'));
    expect(resolveStatic(link, '/passwd')).toBeNull();
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fsecret.txt', '/%00index.html', '/%E0%A4%A', '/assets', '/missing.js'])(
    'refuses %s',
    (urlPath) => {
      expect(resolveStatic(staticDir, urlPath)).toBeNull();
    },
  );
});

describe('contentType', () => {
  it('names the types the renderer ships, and octet-stream otherwise', () => {
    expect(contentType('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentType('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x/a.woff2')).toBe('font/woff2');
    expect(contentType('/x/a.exe')).toBe('application/octet-stream');
  });
});
