import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection.js';
import { issueConclusion } from '../../db/conclusions-issue.js';
import { documentXml, paragraphs, tableRows } from '../../db/documents/test-read-back.js';
import { TEST_ACTOR, createDemoFile, makeTempDir, removeTempDirs, sha256File } from '../../db/test-support.js';
import { builtBundle } from '../shell/test-built-bundles.js';

// `minutebook document ... conclusion ID` as the shipped program: dist/cli.cjs in its own process,
// on a demo archive whose seed notice (1) was issued: "Số 01-TB/BCĐ".
let cli: string;
let demo: string;
beforeAll(async () => {
  cli = builtBundle('cli.cjs');
  builtBundle('core-worker.cjs');
  demo = await createDemoFile();
  const archive = await openArchive(demo);
  await issueConclusion(archive.db, { id: 1 }, TEST_ACTOR);
  await archive.close();
}, 180_000);
afterAll(removeTempDirs);

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('minutebook document conclusion (built CLI, own process)', () => {
  it('writes the notice as Word: its number, THÔNG BÁO, the date line, the directives, the signer and Nơi nhận', () => {
    const out = path.join(makeTempDir(), 'thông báo.docx');
    const done = run('document', '--db', demo, 'conclusion', '1', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(out);
    const xml = documentXml(out);
    const text = paragraphs(xml).map((l) => l.replace(/\u00a0/g, ' '));
    expect(text).toEqual(
      expect.arrayContaining(['ĐẢNG CỘNG SẢN VIỆT NAM', 'THÔNG BÁO', 'Số 01-TB/BCĐ', 'Thanh Hóa, ngày 13 tháng 01 năm 2021', '6. Thực hiện tốt 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021./.']),
    );
    expect(tableRows(xml).at(-1)).toEqual([expect.stringMatching(/^Nơi nhận:[\s\S]*- Lưu: VT, Ban Dân vận Tỉnh ủy\.$/), expect.stringMatching(/^T\/M BAN CHỈ ĐẠO\nTRƯỞNG BAN[\s\S]*Trịnh Tuấn Sinh$/)]);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['thông báo.docx']);
  }, 60_000);

  it('refuses bad arguments with exit 2 and an unknown notice with exit 1, writing nothing, the archive unchanged', () => {
    const dir = makeTempDir();
    const out = path.join(dir, 'x.docx');
    const before = sha256File(demo);
    for (const args of [['conclusion', 'abc', '--out', out], ['conclusion', '1'], ['conclusion', '1', '--date', '2021-01-13', '--out', out]]) {
      const done = run('document', '--db', demo, ...args);
      expect(done.status, args.join(' ')).toBe(2);
      expect(done.stderr).toMatch(/^minutebook: /);
    }
    const missing = run('document', '--db', demo, 'conclusion', '99', '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('minutebook: Không tìm thấy thông báo kết luận số 99.\n');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sha256File(demo)).toBe(before);
  }, 60_000);
});
