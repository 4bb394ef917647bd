import ExcelJS from 'exceljs';
import { ROSTER_SHEET_HEADERS, type RosterDocumentData, rosterSheetRow } from '../model/index.js';

/**
 * The roster of a date as one sheet with the headers the import recognizes. Every cell is a
 * string cell formatted as text ('@'): a name or duty beginning with = + - @ stays text,
 * never a formula.
 */
export async function writeRosterXlsx(data: RosterDocumentData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minutebook';
  const sheet = workbook.addWorksheet('Danh sách thành viên');
  const rows = [[...ROSTER_SHEET_HEADERS], ...data.roster.members.map(rosterSheetRow)];
  for (const values of rows) {
    const row = sheet.addRow([]);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.numFmt = '@';
      // A plain string value: exceljs writes it as a shared string, never as <f>.
      cell.value = String(value);
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = [28, 30, 30, 26, 40, 12, 12, 14][i] ?? 20;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
