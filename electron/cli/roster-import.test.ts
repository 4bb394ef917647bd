import fs from 'node:fs';
import path from 'node:path';
import { type MockInstance, afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../db/connection.js';
import { getRoster } from '../../db/roster.js';
import { xlsxBytes } from '../../db/roster-import/test-files.js';
import { createDemoFile, makeTempDir, removeTempDirs, sha256File } from '../../db/test-support.js';
import { runCli } from './main.js';

const fixtures = path.resolve(import.meta.dirname, '../../e2e/fixtures/roster-import');
const good = path.join(fixtures, 'good.csv');
const bad = path.join(fixtures, 'bad.csv');

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());
afterAll(removeTempDirs);

const printed = (spy: MockInstance<(...args: unknown[]) => void>) => spy.mock.calls.map((c) => c.join(' ')).join('\n');

async function memberNames(file: string, asOf = '2021-03-02'): Promise<string[]> {
  const archive = await openArchive(file, { integrityCheck: 'skip' });
  try {
    return (await getRoster(archive.db, 1, asOf)).members.map((m) => m.fullName);
  } finally {
    await archive.close();
  }
}

describe('minutebook roster import', () => {
  it('a bad row: prints "dòng N, cột C: lý do" in Vietnamese, exits 1, the archive byte-identical', async () => {
    const db = await createDemoFile();
    const before = sha256File(db);
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', bad])).toBe(1);
    expect(printed(error)).toBe(
      ['dòng 4, cột Từ ngày: Ngày không hợp lệ: "31/02/2021" (cần một ngày có thật, dạng dd/mm/yyyy).', '1 lỗi trong tệp bad.csv; chưa có gì được nhập.'].join('\n'),
    );
    expect(sha256File(db)).toBe(before);
  });

  it('--dry-run of a good file: exit 0, a summary, nothing written', async () => {
    const db = await createDemoFile();
    const before = sha256File(db);
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', '--dry-run', good])).toBe(0);
    expect(printed(log)).toBe('Chạy thử: tệp good.csv sẽ nhập 3 thành viên (3 cán bộ mới, 0 cán bộ đã có, 1 quyết định mới). Chưa có gì được ghi.');
    expect(sha256File(db)).toBe(before);
  });

  it('a new person whose name the archive has with another organisation: a warning on stderr, still imported', async () => {
    const db = await createDemoFile();
    const file = path.join(makeTempDir(), 'trung-ten.csv');
    fs.writeFileSync(file, `${fs.readFileSync(good, 'utf8').split('\n')[0]}\n1;Trịnh Tuấn Sinh;Trưởng ban;Tỉnh ủy;Ủy viên;;01/03/2021;;42-QĐ/TU ngày 01/03/2021\n`);
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', file])).toBe(0);
    expect(printed(error)).toMatch(/^dòng 2, cột Họ và tên: cảnh báo: Có thể trùng với Trịnh Tuấn Sinh \(Tỉnh ủy Thanh Hóa\)/);
    expect(printed(log)).toContain('1 cán bộ mới');
  });

  it('a good file: exit 0, a summary, the members on the roster', async () => {
    const db = await createDemoFile();
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', good])).toBe(0);
    expect(printed(log)).toBe('Đã nhập tệp good.csv vào Ban Chỉ đạo #1: 3 thành viên (3 cán bộ mới, 0 cán bộ đã có, 1 quyết định mới).');
    expect(await memberNames(db)).toEqual(expect.arrayContaining(['Hoàng Thị Mai', 'Lê Quang Huy', 'Phạm Văn Đức']));
  });

  it('an .xlsx file written by exceljs', async () => {
    const db = await createDemoFile();
    const file = path.join(makeTempDir(), 'danh-sach.xlsx');
    fs.writeFileSync(
      file,
      await xlsxBytes([
        ['Họ và tên', 'Đơn vị công tác', 'Chức danh trong Ban Chỉ đạo', 'Từ ngày'],
        ['Đặng Thu Hà', 'Sở Tư pháp', 'Ủy viên', new Date(Date.UTC(2021, 2, 1))],
      ]),
    );
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', file])).toBe(0);
    expect(await memberNames(db)).toContain('Đặng Thu Hà');
  });

  it('checks the size before reading: an 8 GiB file (sparse) is refused at once, in Vietnamese, nothing opened or written', async () => {
    const db = await createDemoFile();
    const before = sha256File(db);
    const huge = path.join(makeTempDir(), 'qua-lon.csv');
    // Sparse: 8 GiB by its size, no disk used. Reading it whole would fail (Node reads at most 2 GiB).
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 8 * 2 ** 30);
    const read = vi.spyOn(fs, 'readFileSync');
    const started = Date.now();
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', huge])).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(read.mock.calls.filter(([f]) => f === huge)).toEqual([]);
    expect(printed(error)).toBe('minutebook: qua-lon.csv: Tệp quá lớn (tối đa 5 MB); chưa có gì được nhập.');
    expect(sha256File(db)).toBe(before);
  });

  it('usage errors exit 2; an unknown committee exits 1', async () => {
    const db = await createDemoFile();
    expect(await runCli(['roster', 'import', '--db', db, good])).toBe(2);
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1', 'notes.txt'])).toBe(2);
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '1'])).toBe(2);
    expect(printed(error)).toContain('minutebook: cần --committee ID (số của Ban Chỉ đạo)');
    expect(await runCli(['roster', 'import', '--db', db, '--committee', '42', good])).toBe(1);
    expect(printed(error)).toContain('minutebook: không xem trước được tệp: không có Ban Chỉ đạo số 42 trong kho lưu trữ. Chưa có gì được nhập.');
  });
});
