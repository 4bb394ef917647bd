import fs from 'node:fs';
import path from 'node:path';
import { type MockInstance, afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../db/connection.js';
import { SCHEMA_VERSION } from '../../db/migrations/index.js';
import { createPerson } from '../../db/people.js';
import {
  TEST_ACTOR,
  corruptTablePage,
  countAllRows,
  createDemoFile,
  makeNewerArchive,
  makeTempDir,
  openRaw,
  removeTempDirs,
  sha256File,
  tempArchivePath,
} from '../../db/test-support.js';
import { runCli } from './main.js';
import { USAGE } from './usage.js';

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeTempDirs);

const printed = (spy: MockInstance<(...args: unknown[]) => void>) => spy.mock.calls.map((c) => c.join(' ')).join('\n');

async function contents(file: string) {
  const archive = await openArchive(file, { integrityCheck: 'skip' });
  try {
    const committees = await archive.db.selectFrom('committees').select('name').execute();
    return { committees: committees.map((c) => c.name), counts: await countAllRows(archive.db) };
  } finally {
    await archive.close();
  }
}

describe('runCli: usage', () => {
  it('--help prints the usage and returns 0', async () => {
    expect(await runCli(['--help'])).toBe(0);
    expect(printed(log)).toBe(USAGE);
    expect(error).not.toHaveBeenCalled();
  });

  it('an unknown command returns 2 with the reason and the usage on stderr', async () => {
    expect(await runCli(['bogus'])).toBe(2);
    expect(printed(error)).toContain('minutebook: unknown command: bogus');
    expect(printed(error)).toContain(USAGE);
    expect(log).not.toHaveBeenCalled();
  });

  it('demo without --db returns 2 and creates nothing', async () => {
    const dir = makeTempDir();
    vi.stubEnv('MINUTEBOOK_DB', path.join(dir, 'everyday.sqlite'));
    expect(await runCli(['demo'])).toBe(2);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('runCli demo', () => {
  it('loads the demo into a new archive and returns 0', async () => {
    const file = tempArchivePath('demo.sqlite');
    expect(await runCli(['demo', '--db', file])).toBe(0);
    expect(printed(log)).toContain(`Demo loaded into ${file}`);
    expect(printed(log)).toMatch(/8 members.*6 items, 6 actions/s);
    const { committees, counts } = await contents(file);
    expect(committees).toEqual(['Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa']);
    expect(counts.people).toBe(8);
  });

  it('a second run returns 1, says why, and changes nothing', async () => {
    const file = tempArchivePath('demo.sqlite');
    await runCli(['demo', '--db', file]);
    const before = await contents(file);
    expect(await runCli(['demo', '--db', file])).toBe(1);
    expect(printed(error)).toMatch(/^minutebook: .*already holds committees/);
    expect(await contents(file)).toEqual(before);
  });

  it('refuses to write into a damaged archive', async () => {
    const file = tempArchivePath();
    const archive = await openArchive(file, { create: true });
    for (const name of ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường']) await createPerson(archive.db, { fullName: name }, TEST_ACTOR);
    await archive.close();
    corruptTablePage(file, 'people');
    expect(await runCli(['demo', '--db', file])).toBe(1);
    expect(printed(error)).toMatch(/failed its integrity check/);
    const raw = openRaw(file);
    expect(raw.sqlite.prepare('select count(*) from committees').pluck().get()).toBe(0);
    await raw.close();
  });

  it('refuses a file that is not an archive, leaving it alone', async () => {
    const file = path.join(makeTempDir(), 'notes.txt');
    fs.writeFileSync(file, 'not sqlite\n'.repeat(100));
    expect(await runCli(['demo', '--db', file])).toBe(1);
    expect(printed(error)).toMatch(/not a Minutebook archive/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not sqlite\n'.repeat(100));
  });
});

describe('runCli status', () => {
  it('prints schema and integrity and returns 0 for a sound archive', async () => {
    const file = await createDemoFile();
    expect(await runCli(['status', '--db', file])).toBe(0);
    expect(printed(log)).toBe(`archive: ${file}\nschema: ${SCHEMA_VERSION}\nintegrity: ok`);
  });

  it('uses MINUTEBOOK_DB when --db is not given', async () => {
    const file = await createDemoFile();
    vi.stubEnv('MINUTEBOOK_DB', file);
    expect(await runCli(['status'])).toBe(0);
    expect(printed(log)).toContain(`archive: ${file}`);
  });

  it('returns 1 for a damaged archive', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'memberships');
    expect(await runCli(['status', '--db', file])).toBe(1);
    expect(printed(log)).toContain('integrity: failed');
  });
});

describe('runCli: archives it must not open', () => {
  it('serve refuses an archive from a newer Minutebook with exit 1, says so, and leaves it unchanged', async () => {
    const file = tempArchivePath();
    await makeNewerArchive(file);
    const before = sha256File(file);
    expect(await runCli(['serve', '--db', file, '--port', '0'])).toBe(1);
    expect(printed(error)).toMatch(/newer Minutebook/);
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
