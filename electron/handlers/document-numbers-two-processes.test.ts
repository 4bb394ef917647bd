import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoFile, removeTempDirs } from '../../db/test-support.js';

// Real processes on one archive file, each taking numbers of the same series at once.
const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'test-numbers-child.ts');
const run = promisify(execFile);
afterAll(removeTempDirs);

async function reserve(file: string, n: number): Promise<Array<number | string>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, 'reserve', file, String(n)], { cwd: here });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Array<number | string>;
}

describe('document numbers from two processes', () => {
  it('two processes reserving at once all succeed and never share a number: 1..N without a gap', async () => {
    const file = await createDemoFile();
    const [a, b] = await Promise.all([reserve(file, 40), reserve(file, 40)]);
    const all = [...a, ...b];
    expect(all.filter((x) => typeof x !== 'number')).toEqual([]);
    expect([...all].sort((x, y) => (x as number) - (y as number))).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    // Each process saw its own numbers rising.
    for (const list of [a, b]) expect([...list].sort((x, y) => (x as number) - (y as number))).toEqual(list);
  }, 90_000);
});
