import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listActions } from './actions.js';
import { REPORT_SHEETS } from './documents/actions-report-xlsx.js';
import { actionReportXlsxBytes, writeActionReportFile } from './documents/actions-report-file.js';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI, type ActionStatusCounts } from './model/index.js';
import { actionReport } from './reports-actions.js';
import { HAND_MADE_AS_OF, makeActionsFixture, makeHandMadeActions } from './test-actions.js';
import { makeTempDir, useTempArchive } from './test-support.js';

const zero = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0]));
const counts = (c: Record<string, number>) => ({ ...zero, ...c, total: Object.values(c).reduce((a, b) => a + b, 0) }) as ActionStatusCounts;

// The hand-made archive (test-actions.ts) as of 20/04/2021, every committee.
const TOTALS = counts({ done_on_time: 2, done_late: 1, overdue: 2, due_soon: 1, no_deadline: 1, on_hold: 1 });
const BY_OWNER = {
  'Lê Thị Bình': counts({ done_late: 1, done_on_time: 1, on_hold: 1 }),
  'Nguyễn Văn An': counts({ overdue: 2, due_soon: 1, no_deadline: 1 }),
  'Sở Nội vụ': counts({ done_on_time: 1 }),
};

describe('the actions report', () => {
  const t = useTempArchive();

  it('counts by status per owner and per conclusion, each group\'s filter giving its list', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const report = await actionReport(t.db, HAND_MADE_AS_OF, 3);
    expect(report.totals).toEqual(TOTALS);
    expect(Object.fromEntries(report.byOwner.map((g) => [g.label, g.counts]))).toEqual(BY_OWNER);
    expect(report.byConclusion.map((g) => [g.label, g.counts])).toEqual([
      ['Thông báo số 01 ngày 13/01/2021: Kết luận Hội nghị tổng kết năm 2020', counts({ overdue: 1, due_soon: 1, done_late: 1, done_on_time: 2 })],
      ['Nhiệm vụ không theo thông báo kết luận', counts({ no_deadline: 1, on_hold: 1, overdue: 1 })],
    ]);
    for (const g of [...report.byOwner, ...report.byConclusion]) {
      const page = await listActions(t.db, { ...g.filter, limit: 200 }, HAND_MADE_AS_OF, 3);
      expect({ label: g.label, total: page.total }).toEqual({ label: g.label, total: g.counts.total });
      for (const s of ACTION_STATUSES) expect(page.items.filter((a) => a.status === s).length).toBe(g.counts[s]);
    }
    const one = await actionReport(t.db, HAND_MADE_AS_OF, 3, f.committeeId);
    expect(one.committee?.id).toBe(f.committeeId);
    expect(one.totals).toEqual(counts({ done_on_time: 2, done_late: 1, overdue: 1, due_soon: 1, no_deadline: 1, on_hold: 1 }));
  });

  it('the .xlsx, streamed, reads back with the same counts and every action listed', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await actionReportXlsxBytes(t.db, HAND_MADE_AS_OF, 3)) as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const totals = Object.fromEntries(rows(REPORT_SHEETS.totals).slice(3).map((r) => [r[0], r[1]]));
    expect(totals).toEqual({ ...Object.fromEntries(ACTION_STATUSES.map((s) => [ACTION_STATUS_LABELS_VI[s], TOTALS[s]])), 'Tổng số': 8 });
    const owners = rows(REPORT_SHEETS.owners);
    expect(owners[0]).toEqual(['Người/đơn vị chủ trì', ...ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS_VI[s]), 'Tổng số']);
    expect(Object.fromEntries(owners.slice(1).map((r) => [r[0], r.slice(1)]))).toEqual(
      Object.fromEntries(Object.entries(BY_OWNER).map(([k, c]) => [k, [...ACTION_STATUSES.map((s) => c[s]), c.total]])),
    );
    const list = rows(REPORT_SHEETS.actions);
    expect(list).toHaveLength(1 + 8);
    expect(list.filter((r) => r[8] === ACTION_STATUS_LABELS_VI.overdue).map((r) => r[1])).toEqual(['A1 Trình quyết định kiện toàn', 'A8 Báo cáo cải cách']);
    expect(list.some((r) => String(r[1]).startsWith('A9'))).toBe(false);
  });

  it('as JSON to a file: the report, then every action; the temp file is gone', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const dir = makeTempDir();
    const out = path.join(dir, 'bao-cao.json');
    await writeActionReportFile(t.db, out, 'json', HAND_MADE_AS_OF, 3, f.committeeId);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(json.totals.total).toBe(7);
    expect(json.actions).toHaveLength(7);
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.json']);
  });
});
