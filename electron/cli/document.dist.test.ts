import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, tableRows, documentXml } from '../../db/documents/test-read-back.js';
import { createDemoFile, makeTempDir, removeTempDirs, sha256File } from '../../db/test-support.js';
import { builtBundle } from '../shell/test-built-bundles.js';

// `minutebook document ... roster` as the shipped program: dist/cli.cjs in its own process.
let cli: string;
let demo: string;
beforeAll(async () => {
  cli = builtBundle('cli.cjs');
  builtBundle('core-worker.cjs');
  demo = await createDemoFile();
}, 180_000);
afterAll(removeTempDirs);

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('minutebook document roster (built CLI, own process)', () => {
  it('writes the Word roster of a date: decision line and the members of that date', () => {
    const out = path.join(makeTempDir(), 'danh sách.docx');
    const done = run('document', '--db', demo, 'roster', '1', '--date', '2021-01-13', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(out);
    const xml = documentXml(out);
    expect(paragraphs(xml)).toEqual(
      expect.arrayContaining(['(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)', '(Tính đến ngày 13/01/2021)']),
    );
    const names = tableRows(xml).map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining(['Trịnh Tuấn Sinh', 'Lê Thị Bình', 'Trần Thị Lan']));
    expect(names).not.toContain('Vũ Văn Minh');
    // No temporary file left beside it.
    expect(fs.readdirSync(path.dirname(out))).toEqual(['danh sách.docx']);
  }, 60_000);

  it('takes the date as the clerk writes it (dd/mm/yyyy): the roster before the reconstitution', () => {
    const out = path.join(makeTempDir(), 'before.docx');
    expect(run('document', '--db', demo, 'roster', '1', '--date', '25/10/2020', '--out', out).status).toBe(0);
    const rows = tableRows(documentXml(out));
    expect(rows.slice(rows.findIndex((r) => r[0] === 'STT') + 1)).toEqual([['1', 'Vũ Văn Minh', 'Chánh Thanh tra tỉnh', 'Ủy viên', '']]);
  }, 60_000);

  it('refuses bad arguments with exit 2 and an unknown committee with exit 1, writing nothing and leaving the archive as it was', () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'x.docx');
    const before = sha256File(demo);
    for (const args of [
      ['roster', '1', '--date', '31/02/2021', '--out', out],
      ['roster', 'abc', '--out', out],
      ['roster', '1'],
      ['roster', '1', '--out', path.join(dir, 'x.pdf')],
      ['agenda', '1', '--out', out],
      ['minutes', 'abc', '--out', out],
      ['invitation', '1'],
      ['minutes', '1', '--date', '2021-01-13', '--out', out],
      // P1: --version names a version of the minutes (1 = the original), only for minutes
      ['invitation', '1', '--version', '1', '--out', out],
      ['minutes', '1', '--version', '0', '--out', out],
      ['roster', '1', '--version', '1', '--out', out],
    ]) {
      const done = run('document', '--db', demo, ...args);
      expect(done.status, args.join(' ')).toBe(2);
      expect(done.stderr).toMatch(/^minutebook: /);
    }
    const missing = run('document', '--db', demo, 'roster', '99', '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('minutebook: Không có Ban Chỉ đạo số 99 trong kho lưu trữ.\n');
    // The demo's minutes are a draft: it has no version 2 to print.
    const noVersion = run('document', '--db', demo, 'minutes', '1', '--version', '2', '--out', out);
    expect(noVersion.status).toBe(1);
    expect(noVersion.stderr).toBe('minutebook: Không tìm thấy bản 2 của biên bản cuộc họp số 1.\n');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sha256File(demo)).toBe(before);
  }, 60_000);
});

// --- meeting documents (M4b) ---
describe('minutebook document minutes|invitation (built CLI, own process)', () => {
  it('writes the demo meeting\'s minutes: header, BIÊN BẢN, "có mặt", the closing line, THƯ KÝ and CHỦ TỌA with their names', () => {
    const out = path.join(makeTempDir(), 'biên bản.docx');
    const done = run('document', '--db', demo, 'minutes', '1', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(out);
    const xml = documentXml(out);
    expect(paragraphs(xml)).toEqual(
      expect.arrayContaining([
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'BIÊN BẢN',
        'Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.',
        'Cuộc họp kết thúc vào 11 giờ 30, ngày 13 tháng 01 năm 2021/.',
      ]),
    );
    expect(tableRows(xml).at(-1)).toEqual([expect.stringMatching(/^THƯ KÝ[\s\S]*Trần Thị Lan$/), expect.stringMatching(/^CHỦ TỌA[\s\S]*Trịnh Tuấn Sinh$/)]);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['biên bản.docx']);
  }, 60_000);

  it('writes the invitation with its number', () => {
    const out = path.join(makeTempDir(), 'giay-moi.docx');
    expect(run('document', '--db', demo, 'invitation', '1', '--out', out).status).toBe(0);
    const xml = documentXml(out);
    expect(paragraphs(xml)).toEqual(expect.arrayContaining(['GIẤY MỜI', 'Trân trọng kính mời:', '- Lưu: VT, BCĐ.']));
    expect(tableRows(xml)[1]).toEqual(['Số 01-GM/BCĐ', 'Thanh Hóa, ngày 08 tháng 01 năm 2021']);
  }, 60_000);

  it('refuses an unknown meeting with exit 1 and a Vietnamese message, writing nothing and leaving the archive as it was', () => {
    const dir = makeTempDir();
    const before = sha256File(demo);
    for (const kind of ['minutes', 'invitation']) {
      const done = run('document', '--db', demo, kind, '999', '--out', path.join(dir, 'x.docx'));
      expect(done.status).toBe(1);
      expect(done.stderr).toBe('minutebook: Không tìm thấy cuộc họp số 999.\n');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sha256File(demo)).toBe(before);
  }, 60_000);
});
