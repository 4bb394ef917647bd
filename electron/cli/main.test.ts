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
import { makeStaticDir } from '../web/test-static-dir.js';
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
    expect(printed(log)).toBe(`archive: ${file}\nschema: ${SCHEMA_VERSION}\nintegrity: ok\naudit log: ok (1 entries)`);
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

describe('runCli: only an explicit act creates an archive', () => {
  it.each([['status'], ['serve', '--port', '0'], ['start', '--port', '0']])(
    '%s on a missing file exits 1, says to run init, and creates nothing (no folders either)',
    async (...command) => {
      const dir = makeTempDir();
      const file = path.join(dir, 'typo', 'archive.sqlite');
      expect(await runCli([...command, '--db', file])).toBe(1);
      expect(printed(error)).toMatch(/no archive at .*minutebook init/is);
      expect(fs.readdirSync(dir)).toEqual([]);
    },
  );

  it.each([['status'], ['serve', '--port', '0']])('%s on a zero-byte file exits 1 and leaves it empty', async (...command) => {
    const dir = makeTempDir();
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    expect(await runCli([...command, '--db', file])).toBe(1);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['empty.sqlite']);
  });

  it('with the default archive missing, tells the clerk to run minutebook init', async () => {
    const dir = makeTempDir();
    vi.stubEnv('XDG_CONFIG_HOME', dir);
    vi.stubEnv('MINUTEBOOK_DB', '');
    expect(await runCli(['status'])).toBe(1);
    expect(printed(error)).toMatch(/To begin, create your archive with: +minutebook init/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('init creates a new archive (folders included) and refuses an existing one, unchanged', async () => {
    const file = path.join(makeTempDir(), 'office', 'archive.sqlite');
    expect(await runCli(['init', '--db', file])).toBe(0);
    expect(printed(log)).toContain(`Created a new archive at ${file}`);
    expect(await runCli(['status', '--db', file])).toBe(0);
    const before = sha256File(file);
    expect(await runCli(['init', '--db', file])).toBe(1);
    expect(printed(error)).toMatch(/already an archive/);
    expect(sha256File(file)).toBe(before);
  });
});

describe('runCli start --init-if-missing (what npm start runs)', () => {
  it('creates the missing archive, says so, serves it and holds its lock until stopped', async () => {
    vi.stubEnv('MINUTEBOOK_RENDERER_DIR', makeStaticDir().staticDir);
    const file = path.join(makeTempDir(), 'Minutebook', 'minutebook.sqlite');
    const exit = runCli(['start', '--init-if-missing', '--db', file, '--port', '0']);
    await vi.waitFor(() => expect(printed(log)).toMatch(/Open: http/), { timeout: 15_000 });
    expect(printed(log)).toContain(`Created a new archive at ${file}`);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    process.emit('SIGINT');
    expect(await exit).toBe(0);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(await runCli(['status', '--db', file])).toBe(0);
  });
});

describe('runCli status: the audit chain', () => {
  it('exits 1 and names the first broken entry when the log was rewritten', async () => {
    const file = await createDemoFile();
    const archive = await openArchive(file);
    await createPerson(archive.db, { fullName: 'Trần Thị Lan' }, TEST_ACTOR);
    await archive.close();
    const raw = openRaw(file);
    raw.sqlite.exec("drop trigger audit_log_no_update; update audit_log set actor = 'someone' where id = 1;");
    raw.sqlite.exec("create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end");
    await raw.close();
    expect(await runCli(['status', '--db', file])).toBe(1);
    expect(printed(log)).toContain('integrity: ok');
    expect(printed(log)).toMatch(/audit log: BROKEN/);
    expect(printed(error)).toMatch(/altered at entry 1: entry 1 was changed/);
  });
});
