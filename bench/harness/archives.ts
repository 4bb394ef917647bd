import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../../db/connection.js';
import { loadDemo } from '../../db/demo/load-demo.js';
import { SCHEMA_VERSION } from '../../db/migrations/index.js';
import { GENERATOR_VERSION, generateArchive } from '../generator/generate-archive.js';
import { ROOT } from './host.js';

export const CACHE_DIR = path.join(ROOT, '.tmp/bench');

/**
 * The generated archive, cached under .tmp/bench/ by generator version, schema version and
 * size, so only the first run (or a change of either) pays for generating it.
 */
export async function cachedArchive(people: number, log: (line: string) => void): Promise<string> {
  const file = path.join(CACHE_DIR, `20y-g${GENERATOR_VERSION}-s${SCHEMA_VERSION}-p${people}.sqlite`);
  if (fs.existsSync(file)) {
    log(`using cached ${path.relative(ROOT, file)}`);
    return file;
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const summary = await generateArchive(file, { size: { people } });
  log(`generated ${path.relative(ROOT, file)}: ${(summary.bytes / 2 ** 20).toFixed(0)} MiB in ${summary.seconds.toFixed(1)} s`);
  for (const [table, cols] of Object.entries(summary.unfilled)) log(`  generator does not fill ${table}.${cols.join(', ')}`);
  return file;
}

/** A fresh demo archive (the Thanh Hóa meeting) and an empty one, in a temp folder. */
export async function smallArchives(): Promise<{ demo: string; empty: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));
  const demo = path.join(dir, 'demo.sqlite');
  const empty = path.join(dir, 'empty.sqlite');
  const archive = await openArchive(demo, { integrityCheck: 'skip', create: true });
  await loadDemo(archive.db, 'bench');
  await archive.close();
  await (await openArchive(empty, { integrityCheck: 'skip', create: true })).close();
  return { demo, empty, dir };
}
