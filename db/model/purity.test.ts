import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// db/model is imported by both sides (the renderer bundles it through electron/contract):
// it must import nothing outside its own folder — not db/, not zod, not Node.

const dir = import.meta.dirname;

/** Every module specifier a source file imports or re-exports. */
export function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
  const bare = [...source.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
  return [...specifiers, ...bare];
}

const isOwnFolder = (specifier: string) => /^\.\/[\w.-]+$/.test(specifier);

describe('db/model', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it('has its modules', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'values.ts', 'entities.ts']));
  });

  it.each(files)('%s imports only its own folder', (file) => {
    const outside = importsOf(fs.readFileSync(path.join(dir, file), 'utf8')).filter((s) => !isOwnFolder(s));
    expect(outside).toEqual([]);
  });

  it('the check sees an import from outside', () => {
    const bad = "import { z } from 'zod';\nimport type { Db } from '../connection.js';\nexport * from './values.js';\n";
    expect(importsOf(bad).filter((s) => !isOwnFolder(s))).toEqual(['zod', '../connection.js']);
  });
});
