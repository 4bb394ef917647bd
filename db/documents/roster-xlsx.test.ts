import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROSTER_SHEET_HEADERS } from '../model/index.js';
import { openDemoArchive, removeTempDirs } from '../test-support.js';
import { getRosterDocument } from './roster-source.js';
import { writeRosterXlsx } from './roster-xlsx.js';
import { zipEntry } from './test-read-back.js';

afterAll(removeTempDirs);

async function readSheet(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow((row) => {
    const cells: ExcelJS.Cell[] = [];
    for (let i = 1; i <= ROSTER_SHEET_HEADERS.length; i++) cells.push(row.getCell(i));
    rows.push(cells);
  });
  return rows;
}

const texts = (rows: ExcelJS.Cell[][]) => rows.map((r) => r.map((c) => (c.value === null ? '' : String(c.value))));

describe('the roster as a spreadsheet', () => {
  it('one sheet with the import\'s headers and every member of the date with role, position, dates and decision', async () => {
    const { archive, demo } = await openDemoArchive();
    const after = texts(await readSheet(await writeRosterXlsx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13'))));
    expect(after[0]).toEqual([
      'Họ và tên',
      'Chức vụ',
      'Đơn vị công tác',
      'Chức danh trong Ban Chỉ đạo',
      'Nhiệm vụ được phân công',
      'Từ ngày',
      'Đến ngày',
      'Quyết định',
    ]);
    expect(after).toHaveLength(8);
    expect(after[1]).toEqual([
      'Trịnh Tuấn Sinh',
      'Phó Bí thư Tỉnh ủy',
      'Tỉnh ủy Thanh Hóa',
      'Trưởng ban',
      'Lãnh đạo, chỉ đạo chung hoạt động của Ban Chỉ đạo',
      '26/10/2020',
      '',
      '25-QĐ/TU',
    ]);
    expect(after.map((r) => r[0])).not.toContain('Vũ Văn Minh');

    const before = texts(await readSheet(await writeRosterXlsx(await getRosterDocument(archive.db, demo.committeeId, '2020-10-25'))));
    expect(before.slice(1)).toEqual([['Vũ Văn Minh', 'Chánh Thanh tra tỉnh', 'Thanh tra tỉnh', 'Ủy viên', '', '10/05/2016', '26/10/2020', '']]);
    await archive.close();
  });

  it('writes text that looks like a formula (= + - @) as text, never as a formula', async () => {
    const { archive, demo } = await openDemoArchive();
    const data = await getRosterDocument(archive.db, demo.committeeId, '2021-01-13');
    const risky = ['=HYPERLINK("http://x","y")', '+1+2', '-3+4', '@SUM(A1)'];
    data.roster.members.slice(0, 4).forEach((m, i) => {
      m.duty = risky[i]!;
    });
    data.roster.members[4]!.fullName = '=1+1';
    const bytes = await writeRosterXlsx(data);
    expect(zipEntry(bytes, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
    const rows = await readSheet(bytes);
    for (const [i, value] of risky.entries()) {
      const cell = rows[i + 1]![4]!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(value);
      expect(cell.numFmt).toBe('@');
    }
    expect(rows[5]![0]!.value).toBe('=1+1');
    expect(rows[5]![0]!.type).toBe(ExcelJS.ValueType.String);
    await archive.close();
  });
});
