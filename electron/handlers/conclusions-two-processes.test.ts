import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoFile, removeTempDirs } from '../../db/test-support.js';

// Two real processes on one archive file, each issuing notices of the same TB series at once.
const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'test-conclusions-child.ts');
const run = promisify(execFile);
afterAll(removeTempDirs);

async function issue(file: string, n: number, startAt: number): Promise<Array<number | string>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, 'issue', file, String(n), String(startAt)], { cwd: here });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Array<number | string>;
}

describe('conclusion notices issued from two processes', () => {
  it('both issue all their notices and never share a number: 01..N of the term without a gap', async () => {
    const file = await createDemoFile();
    const startAt = Date.now() + 12_000;
    const [a, b] = await Promise.all([issue(file, 20, startAt), issue(file, 20, startAt)]);
    // Both were still issuing when the other began: their runs overlapped.
    expect(Date.now()).toBeGreaterThan(startAt);
    const all = [...a, ...b];
    expect(all.filter((x) => typeof x !== 'number')).toEqual([]);
    expect([...all].sort((x, y) => (x as number) - (y as number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const list of [a, b]) expect([...list].sort((x, y) => (x as number) - (y as number))).toEqual(list);
  }, 120_000);
});
