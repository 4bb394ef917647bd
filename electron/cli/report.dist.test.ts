import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection.js';
import { REPORT_SHEETS } from '../../db/documents/actions-report-xlsx.js';
import { documentXml, paragraphs } from '../../db/documents/test-read-back.js';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI } from '../../db/model/index.js';
import { type ActionsFixture, HAND_MADE_AS_OF, makeActionsFixture, makeHandMadeActions } from '../../db/test-actions.js';
import { makeTempDir, removeTempDirs, sha256File, tempArchivePath } from '../../db/test-support.js';
import { builtBundle } from '../shell/test-built-bundles.js';

// `minutebook report` and `minutebook document tasks|reminder` as the shipped program:
// dist/cli.cjs in its own process, on the hand-made archive of db/test-actions.ts.
let cli: string;
let file: string;
let f: ActionsFixture;
beforeAll(async () => {
  cli = builtBundle('cli.cjs');
  builtBundle('core-worker.cjs');
  file = tempArchivePath();
  const archive = await openArchive(file, { create: true, integrityCheck: 'skip' });
  f = await makeActionsFixture(archive.db);
  await makeHandMadeActions(archive.db, f);
  await archive.close();
}, 180_000);
afterAll(removeTempDirs);

const run = (...args: string[]) => {
  const done = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  // exceljs's zip writer (archiver) calls new Buffer(): Node warns once the code is bundled out of
  // node_modules (DEP0005). Known, harmless, reported; every other line of stderr is checked.
  return { ...done, stderr: done.stderr.replace(/^\(node:\d+\) \[DEP0005\][^\n]*\n\(Use `node --trace-deprecation[^\n]*\n/m, '') };
};

describe('minutebook report (built CLI, own process)', () => {
  it('writes the .xlsx as of a day; read back, its counts are the hand-made ones', async () => {
    const out = path.join(makeTempDir(), 'báo cáo.xlsx');
    const done = run('report', '--db', file, '--as-of', '20/04/2021', '--format', 'xlsx', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Tình hình đến ngày 20/04/2021: 8 nhiệm vụ');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.getWorksheet(REPORT_SHEETS.totals)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const expected = { done_on_time: 2, done_late: 1, in_progress: 0, overdue: 2, due_soon: 1, no_deadline: 1, on_hold: 1 };
    expect(Object.fromEntries(rows.slice(3))).toEqual({ ...Object.fromEntries(ACTION_STATUSES.map((s) => [ACTION_STATUS_LABELS_VI[s], expected[s]])), 'Tổng số': 8 });
    let listed = 0;
    workbook.getWorksheet(REPORT_SHEETS.actions)!.eachRow(() => (listed += 1));
    expect(listed).toBe(1 + 8);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['báo cáo.xlsx']);
  }, 60_000);

  it('writes JSON for one committee', () => {
    const out = path.join(makeTempDir(), 'r.json');
    const done = run('report', '--db', file, '--as-of', HAND_MADE_AS_OF, '--committee', String(f.committeeId), '--format', 'json', '--out', out);
    expect(done.status).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(json.totals).toMatchObject({ total: 7, overdue: 1, on_hold: 1 });
    expect(json.byOwner.map((g: { label: string; counts: { total: number } }) => [g.label, g.counts.total])).toEqual([['Lê Thị Bình', 3], ['Nguyễn Văn An', 3], ['Sở Nội vụ', 1]]);
  }, 60_000);

  it('refuses bad arguments (exit 2) and an unknown committee (exit 1), writing nothing, the archive unchanged', () => {
    const dir = makeTempDir();
    const before = sha256File(file);
    for (const args of [
      ['--as-of', '31/02/2021', '--format', 'xlsx', '--out', path.join(dir, 'x.xlsx')],
      ['--format', 'pdf', '--out', path.join(dir, 'x.pdf')],
      ['--format', 'xlsx', '--out', path.join(dir, 'x.json')],
      ['--format', 'json'],
    ]) {
      const done = run('report', '--db', file, ...args);
      expect({ args, status: done.status }).toEqual({ args, status: 2 });
      expect(done.stderr).toMatch(/^minutebook: .*\n\nCách dùng: minutebook report/);
    }
    const missing = run('report', '--db', file, '--committee', '99', '--format', 'xlsx', '--out', path.join(dir, 'y.xlsx'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('minutebook: Không có Ban Chỉ đạo số 99 trong kho lưu trữ.\n');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sha256File(file)).toBe(before);
  }, 60_000);
});

describe('minutebook document tasks|reminder (built CLI, own process)', () => {
  it('writes the tasks of one member and the reminder letter as Word', () => {
    const dir = makeTempDir();
    const tasks = path.join(dir, 'tasks.docx');
    expect(run('document', '--db', file, 'tasks', String(f.people.binh), '--committee', String(f.committeeId), '--date', '20/04/2021', '--out', tasks).status).toBe(0);
    expect(paragraphs(documentXml(tasks))).toEqual(expect.arrayContaining(['DANH SÁCH NHIỆM VỤ', '2. A3 Rà soát thủ tục (Thông báo số 01; thời hạn 31/03/2021): Đã hoàn thành quá hạn.']));
    const reminder = path.join(dir, 'reminder.docx');
    const done = run('document', '--db', file, 'reminder', String(f.people.an), '--committee', String(f.committeeId), '--date', HAND_MADE_AS_OF, '--out', reminder);
    expect(done.stderr).toBe('');
    expect(paragraphs(documentXml(reminder))).toEqual(expect.arrayContaining(['Kính gửi: đồng chí Nguyễn Văn An.', '1. A1 Trình quyết định kiện toàn (Thông báo số 01; thời hạn 31/03/2021).']));
    const unit = path.join(dir, 'unit.docx');
    expect(run('document', '--db', file, 'reminder', '--unit', 'Sở Nội vụ', '--committee', String(f.committeeId), '--out', unit).status).toBe(0);
    expect(run('document', '--db', file, 'tasks', String(f.people.binh), '--out', path.join(dir, 'z.docx')).status).toBe(2);
  }, 60_000);
});
