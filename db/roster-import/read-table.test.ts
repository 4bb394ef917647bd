import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows.js';
import { parseImport, readImportTable } from './preview.js';
import { readCsv } from './read-csv.js';
import { readTable } from './read-table.js';
import { UnreadableFile } from './table.js';
import { ROSTER_IMPORT_MAX_BYTES, ROSTER_IMPORT_MAX_ROWS, ROSTER_IMPORT_MAX_UNZIPPED_BYTES } from '../model/index.js';
import { HEADERS_VI, csvBytes, memberRow, resolveDefaultRole, xlsxBytes, zipBytes } from './test-files.js';

const parse = async (bytes: Uint8Array) => parseRows(await readTable(bytes), resolveDefaultRole);

describe('roster import: reading CSV', () => {
  const rows = [HEADERS_VI, memberRow(1, 'Hoàng Thị Mai', { duty: 'Chỉ đạo; theo dõi, "đôn đốc"\ncải cách hành chính' }), memberRow(2, 'Lê Quang Huy')];

  it.each([
    ['semicolon with BOM', { delimiter: ';', bom: true }],
    ['semicolon without BOM', { delimiter: ';', bom: false }],
    ['comma with BOM', { delimiter: ',', bom: true }],
    ['comma without BOM', { delimiter: ',', bom: false }],
  ] as const)('%s: same rows, the quoted cell whole, Excel row numbers', async (_, options) => {
    const table = readCsv(csvBytes(rows, options));
    expect(table.delimiter).toBe(options.delimiter);
    const parsed = parseRows(table, resolveDefaultRole);
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns[1]).toEqual({ index: 2, header: 'Họ và tên', field: 'fullName' });
    expect(parsed.rows.map((r) => [r.row, r.fullName])).toEqual([
      [2, 'Hoàng Thị Mai'],
      [3, 'Lê Quang Huy'],
    ]);
    // The BOM is not part of the first header, the separator inside quotes is not a separator.
    expect(parsed.columns[0]!.header).toBe('STT');
    expect(parsed.rows[0]!.duty).toBe('Chỉ đạo; theo dõi, "đôn đốc"\ncải cách hành chính');
  });

  it('refuses bytes that are not UTF-8 (a file saved as Windows-1258) instead of garbling them', async () => {
    const latin1 = Uint8Array.from([...'Ho va ten;Tu ngay\r\nL', 0xea, ...' V', 0xe3, 'n;01/01/2021'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    expect(() => readCsv(latin1)).toThrow(UnreadableFile);
    const parsed = parseImport(await readImportTable(new Uint8Array([0x00, 0x01, 0xff, 0xfe])), resolveDefaultRole);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: null, code: 'unreadable_file', message: expect.stringContaining('Không đọc được tệp') })]);
  });

  it('finds the header below title rows and skips empty rows', async () => {
    const parsed = await parse(csvBytes([['DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO'], [''], HEADERS_VI, memberRow(1, 'A'), ['', '', ''], memberRow(2, 'B')]));
    expect(parsed.headerRow).toBe(3);
    expect(parsed.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('keeps cells beginning with = + - @ as plain text', async () => {
    const parsed = await parse(csvBytes([HEADERS_VI, memberRow(1, '=HYPERLINK("http://x","Bấm")', { position: '+84 Giám đốc', organisation: '-Sở', duty: '@cmd' })]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ fullName: '=HYPERLINK("http://x","Bấm")', position: '+84 Giám đốc', organisation: '-Sở', duty: '@cmd' });
  });
});

describe('roster import: reading .xlsx written by exceljs', () => {
  it('reads text, real date cells, day numbers, a title row, and the sheet that has the header', async () => {
    const bytes = await xlsxBytes(
      [
        ['DANH SÁCH THÀNH VIÊN'],
        ['STT', 'Ho va ten', 'Chuc vu', 'Don vi cong tac', 'Chuc danh trong Ban Chi dao', 'Tu ngay', 'Den ngay', 'Quyet dinh'],
        [1, 'Hoàng Thị Mai', 'Phó Chủ tịch', 'UBND tỉnh', 'Phó Trưởng ban', new Date(Date.UTC(2021, 2, 1)), null, '42-QĐ/TU'],
        [2, 'Lê Quang Huy', 'Giám đốc', 'Sở Nội vụ', 'Ủy viên', '01/03/2021', 44620, null],
      ],
      { before: ['Hướng dẫn'] },
    );
    const table = await readTable(bytes);
    expect(table.format).toBe('xlsx');
    const parsed = parseRows(table, resolveDefaultRole);
    expect(parsed.errors).toEqual([]);
    expect(parsed.headerRow).toBe(2);
    expect(parsed.missingFields).toEqual(['duty']);
    expect(parsed.rows).toMatchObject([
      { row: 3, fullName: 'Hoàng Thị Mai', role: 'pho_truong_ban', fromDate: '2021-03-01', toDate: null, decisionNumber: '42-QĐ/TU' },
      // 44620 is Excel's day number of 28/02/2022.
      { row: 4, fullName: 'Lê Quang Huy', role: 'uy_vien', fromDate: '2021-03-01', toDate: '2022-02-28', decisionNumber: null },
    ]);
  });

  it('reads a formula as its text, never as its cached result', async () => {
    const bytes = await xlsxBytes([
      ['Họ và tên', 'Chức danh', 'Từ ngày'],
      [{ formula: 'CONCAT("Lê ","Huy")', result: 'Lê Huy' } as never, 'Ủy viên', '01/03/2021'],
    ]);
    const parsed = await parse(bytes);
    expect(parsed.rows[0]!.fullName).toBe('=CONCAT("Lê ","Huy")');
  });

  it('a damaged .xlsx is an unreadable file', async () => {
    const bytes = await xlsxBytes([['Họ và tên', 'Từ ngày']]);
    await expect(readTable(bytes.slice(0, 200))).rejects.toThrow(UnreadableFile);
  });
});

describe('roster import: limits before parsing', () => {
  const sheetXml = (rows: number) =>
    Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${'<row r="1"><c t="inlineStr"><is><t>A</t></is></c></row>'.repeat(rows)}</sheetData></worksheet>`);

  it('an .xlsx zip bomb (small file, huge once unzipped) is refused before exceljs reads it, even when its headers lie', async () => {
    // 70 MiB of spaces deflate to ~70 KB: far under the 5 MiB upload limit.
    const huge = Buffer.alloc(ROSTER_IMPORT_MAX_UNZIPPED_BYTES + 6 * 2 ** 20, 0x20);
    for (const claimedSize of [undefined, 1024]) {
      const bomb = zipBytes([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/worksheets/sheet1.xml', data: huge, ...(claimedSize ? { claimedSize } : {}) },
      ]);
      expect(bomb.length).toBeLessThan(ROSTER_IMPORT_MAX_BYTES);
      const read = await readImportTable(bomb);
      expect(read).toMatchObject({ row: null, code: 'file_too_large', message: 'Tệp .xlsx quá lớn khi giải nén (hơn 64 MB): hãy chia thành nhiều tệp nhỏ hơn.' });
    }
  });

  it('an .xlsx with more rows than one import takes is refused by counting them, before parsing', async () => {
    const many = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(ROSTER_IMPORT_MAX_ROWS + 5) }]);
    expect(await readImportTable(many)).toMatchObject({ code: 'too_many_rows', message: `Tệp có quá nhiều dòng (tối đa ${ROSTER_IMPORT_MAX_ROWS} dòng mỗi lần nhập): hãy chia thành nhiều tệp.` });
    // Under both limits the same hand-made archive passes the check (exceljs then finds it is no workbook).
    const few = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(10) }]);
    expect(await readImportTable(few)).toMatchObject({ code: 'unreadable_file' });
  });

  it('a CSV with more rows than one import takes is one file error', async () => {
    const rows = [HEADERS_VI, ...Array.from({ length: ROSTER_IMPORT_MAX_ROWS + 21 }, (_, i) => memberRow(i + 1, `Người ${i}`))];
    const parsed = parseImport(await readImportTable(csvBytes(rows)), resolveDefaultRole);
    expect(parsed.errors.map((e) => e.code)).toEqual(['too_many_rows']);
  });
});
