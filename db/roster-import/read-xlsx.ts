import ExcelJS from 'exceljs';
import { type Cell, type SheetRow, type Table, UnreadableFile } from './table.js';

// .xlsx through exceljs: the first sheet that has a header row (else the first sheet).
// A formula cell is read as its text ("=A1+B1"), never as its cached result, so nothing the
// file computes reaches the archive unseen; rich text and hyperlinks as their text.

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    // row.values is 1-based (index 0 unused), sparse where cells are empty.
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

export async function readXlsx(bytes: Uint8Array, hasHeader: (cells: string[]) => boolean): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new UnreadableFile(`not a readable .xlsx file (${(error as Error).message})`);
  }
  const sheets = workbook.worksheets.map(rowsOf);
  const withHeader = sheets.find((rows) =>
    rows.slice(0, 20).some((r) => hasHeader(r.cells.map((c) => (typeof c === 'string' ? c : '')))),
  );
  return { format: 'xlsx', delimiter: null, rows: withHeader ?? sheets[0] ?? [] };
}
