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
      ['minutes', '1', '--out', out],
    ]) {
      const done = run('document', '--db', demo, ...args);
      expect(done.status, args.join(' ')).toBe(2);
      expect(done.stderr).toMatch(/^minutebook: /);
    }
    const missing = run('document', '--db', demo, 'roster', '99', '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('committee 99 does not exist');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sha256File(demo)).toBe(before);
  }, 60_000);
});
