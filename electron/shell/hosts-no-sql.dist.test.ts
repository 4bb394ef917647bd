import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtBundle } from './test-built-bundles.js';

// The hosts never run SQL (DESIGN.md, Threads): the bundles of the Electron main process and
// of the command line pass commands to the core's worker threads and do not even contain the
// SQLite driver's loader; only dist/core-worker.cjs does.

describe('the built host bundles', () => {
  it.each(['main.cjs', 'cli.cjs'])('%s does not contain the SQLite driver or the query builder', (name) => {
    const source = fs.readFileSync(builtBundle(name), 'utf8');
    expect(source).not.toContain('better-sqlite3');
    expect(source).not.toMatch(/\bKysely\b/);
  });

  it('the core worker does', () => {
    const source = fs.readFileSync(builtBundle('core-worker.cjs'), 'utf8');
    expect(source).toContain('better-sqlite3');
    expect(source).toMatch(/\bKysely\b/);
  });
});
