import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../connection.js';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI, type ActionReport, type ActionSummary, type ReportGroup, formatDisplayDate } from '../model/index.js';
import { actionReport, reportActions } from '../reports-actions.js';

// The report as .xlsx, STREAMED (exceljs stream.xlsx.WorkbookWriter, no shared strings): the
// summary sheets, then every action of the report a batch of rows at a time, each row committed
// as written, so a 150,000-action archive never sits in memory as a workbook.
// Every text cell is a plain string (never a formula: a title beginning with "=" stays text).

export const REPORT_SHEETS = { totals: 'Tổng hợp', owners: 'Theo người thực hiện', conclusions: 'Theo thông báo', actions: 'Danh sách nhiệm vụ' } as const;
const COUNT_HEADERS = [...ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS_VI[s]), 'Tổng số'];
export const ACTION_ROW_HEADERS = ['Số', 'Nhiệm vụ', 'Ban Chỉ đạo', 'Thông báo số', 'Người/đơn vị chủ trì', 'Ngày giao', 'Thời hạn', 'Ngày hoàn thành', 'Tình trạng'];

const text = (v: string | null | undefined) => v ?? '';
const day = (v: string | null) => (v ? formatDisplayDate(v) : '');

function groupRow(g: ReportGroup): Array<string | number> {
  return [g.label, ...ACTION_STATUSES.map((s) => g.counts[s]), g.counts.total];
}

function actionRow(a: ActionSummary): Array<string | number> {
  return [
    a.id,
    a.title,
    a.committeeName,
    a.conclusionNumber === null ? '' : String(a.conclusionNumber).padStart(2, '0'),
    text(a.leadOwner?.name),
    day(a.assignedOn === '0001-01-01' ? null : a.assignedOn),
    day(a.deadline),
    day(a.completedOn),
    a.status ? ACTION_STATUS_LABELS_VI[a.status] : '',
  ];
}

function header(sheet: ExcelJS.Worksheet, values: string[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.commit();
}

/** Writes the report as of `asOf` to `stream` (a file, or a buffer for the renderer's download). */
export async function writeActionReportXlsx(db: Db, stream: Writable, asOf: string, dueSoonDays: number, committeeId?: number): Promise<ActionReport> {
  const report = await actionReport(db, asOf, dueSoonDays, committeeId);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Minutebook';

  const totals = workbook.addWorksheet(REPORT_SHEETS.totals);
  totals.addRow([`Báo cáo tình hình thực hiện nhiệm vụ đến ngày ${formatDisplayDate(asOf)}`]).commit();
  totals.addRow([report.committee ? report.committee.name : 'Tất cả các Ban Chỉ đạo']).commit();
  header(totals, ['Tình trạng', 'Số nhiệm vụ']);
  for (const s of ACTION_STATUSES) totals.addRow([ACTION_STATUS_LABELS_VI[s], report.totals[s]]).commit();
  totals.addRow(['Tổng số', report.totals.total]).commit();
  totals.commit();

  for (const [name, groups, first] of [
    [REPORT_SHEETS.owners, report.byOwner, 'Người/đơn vị chủ trì'],
    [REPORT_SHEETS.conclusions, report.byConclusion, 'Thông báo kết luận'],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    header(sheet, [first, ...COUNT_HEADERS]);
    for (const g of groups) sheet.addRow(groupRow(g)).commit();
    sheet.commit();
  }

  const list = workbook.addWorksheet(REPORT_SHEETS.actions);
  header(list, ACTION_ROW_HEADERS);
  for await (const batch of reportActions(db, asOf, dueSoonDays, committeeId)) {
    for (const a of batch) list.addRow(actionRow(a)).commit();
  }
  list.commit();
  await workbook.commit();
  return report;
}
