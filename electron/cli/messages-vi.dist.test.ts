import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoFile, makeTempDir, removeTempDirs, sha256File } from '../../db/test-support.js';
import { builtBundle } from '../shell/test-built-bundles.js';

// dist/cli.cjs as shipped, in its own process: `roster`, `roster import` and `document` speak
// Vietnamese to the clerk (their refusals, the lock, their usage) and each takes --help.

let cli: string;
beforeAll(() => {
  cli = builtBundle('cli.cjs');
  builtBundle('core-worker.cjs');
}, 180_000);
afterAll(removeTempDirs);

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
const good = path.resolve(import.meta.dirname, '../../e2e/fixtures/roster-import/good.csv');

describe('the roster and document commands speak Vietnamese (dist/cli.cjs)', () => {
  it.each([
    [['roster', '--help'], 'Cách dùng: minutebook roster --committee ID'],
    [['roster', 'import', '--help'], 'Cách dùng: minutebook roster import --db FILE --committee ID'],
    [['document', '--help'], 'Cách dùng: minutebook document [--db FILE] roster COMMITTEE_ID'],
    [['document', 'roster', '-h'], 'Cách dùng: minutebook document'],
  ])('%j: exit 0, its usage in Vietnamese on stdout', (argv, usage) => {
    const done = run(...argv);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(usage);
    expect(done.stdout).toContain('Mã thoát: 0 thành công');
  });

  it.each([
    [['roster', '--committee', '1', '--bogus'], 'minutebook: không có tùy chọn --bogus', 'Cách dùng: minutebook roster '],
    [['roster', 'import', '--committee', '1', '--bogus', 'x.csv'], 'minutebook: không có tùy chọn --bogus', 'Cách dùng: minutebook roster import'],
    [['roster', 'import', '--db', 'x.sqlite', 'x.csv'], 'minutebook: cần --committee ID (số của Ban Chỉ đạo)', 'Cách dùng: minutebook roster import'],
    [['document', 'roster', '1'], 'minutebook: cần --out FILE.docx', 'Cách dùng: minutebook document'],
    [['document', 'roster', '1', '--out', 'a.docx', '--bogus'], 'minutebook: không có tùy chọn --bogus', 'Cách dùng: minutebook document'],
  ])('%j: exit 2, the reason and the usage in Vietnamese', (argv, reason, usage) => {
    const done = run(...argv);
    expect(done.status).toBe(2);
    expect(done.stderr.split('\n')[0]).toBe(reason);
    expect(done.stderr).toContain(usage);
    expect(done.stderr).not.toMatch(/Unknown option|needs|Usage/);
  });

  it('a missing archive: exit 1, in Vietnamese, for each of the three', () => {
    const missing = path.join(makeTempDir(), 'none.sqlite');
    for (const argv of [
      ['roster', '--db', missing, '--committee', '1'],
      ['roster', 'import', '--db', missing, '--committee', '1', good],
      ['document', '--db', missing, 'roster', '1', '--out', path.join(makeTempDir(), 'a.docx')],
    ]) {
      const done = run(...argv);
      expect(done.status, argv.join(' ')).toBe(1);
      expect(done.stderr).toBe(`minutebook: chưa có kho lưu trữ tại đường dẫn này; hãy tạo kho bằng lệnh "minutebook init" (hoặc thử bản mẫu: minutebook demo --db demo.sqlite). Tệp: ${missing}\n`);
    }
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('the archive open for editing elsewhere: the import says who holds it, in Vietnamese, and writes nothing', async () => {
    const db = await createDemoFile();
    // Another program holds the archive: a live process of this machine named in the lock file.
    const holder: ChildProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(`${db}.lock`, JSON.stringify({ pid: holder.pid, hostname: os.hostname(), program: 'Minutebook', startedAt: '2026-11-28T06:30:00.000Z' }));
      const before = sha256File(db);
      const done = run('roster', 'import', '--db', db, '--committee', '1', good);
      expect(done.status).toBe(1);
      expect(done.stderr).toBe(
        `minutebook: kho lưu trữ ${db} đang được mở để sửa trong Minutebook (PID ${holder.pid}, máy ${os.hostname()}, từ 28/11/2026 06:30 UTC). Hãy đóng chương trình đó trước; chưa có gì được ghi.\n`,
      );
      expect(sha256File(db)).toBe(before);
    } finally {
      holder.kill();
      fs.rmSync(`${db}.lock`, { force: true });
    }
  }, 60_000);

  it('document roster: what it wrote, in Vietnamese', async () => {
    const db = await createDemoFile();
    const out = path.join(makeTempDir(), 'danh-sach.docx');
    const done = run('document', '--db', db, 'roster', '1', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.stdout).toBe(`Đã ghi ${out}\n`);
  }, 60_000);
});
