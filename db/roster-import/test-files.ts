// Spreadsheets for the import tests: CSV text as Excel saves it, and real .xlsx files
// written by exceljs.
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { ROSTER_SHEET_HEADERS } from '../model/roster-document.js';
import { roleResolver } from './roles.js';

/** A committee's default roles (migration 0006), for parsing without an archive. */
export const DEFAULT_ROLES = [
  { code: 'truong_ban', name: 'Trưởng ban' },
  { code: 'pho_truong_ban_thuong_truc', name: 'Phó Trưởng ban thường trực' },
  { code: 'pho_truong_ban', name: 'Phó Trưởng ban' },
  { code: 'uy_vien', name: 'Ủy viên' },
  { code: 'thu_ky', name: 'Thư ký' },
  { code: 'to_giup_viec', name: 'Tổ giúp việc' },
];
export const resolveDefaultRole = roleResolver(DEFAULT_ROLES);

/** The roster export's own headers, with the STT column a clerk's sheet adds in front. */
export const HEADERS_VI = ['STT', ...ROSTER_SHEET_HEADERS];

/** A member row in the export's column order (STT first). */
export function memberRow(n: number, name: string, over: Partial<Record<'position' | 'organisation' | 'role' | 'duty' | 'from' | 'to' | 'decision', string>> = {}): string[] {
  return [
    String(n),
    name,
    over.position ?? 'Giám đốc Sở',
    over.organisation ?? `Sở số ${n}`,
    over.role ?? 'Ủy viên',
    over.duty ?? '',
    over.from ?? '01/03/2021',
    over.to ?? '',
    over.decision ?? '42-QĐ/TU ngày 01/03/2021',
  ];
}

const quote = (cell: string, delimiter: string) =>
  /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** CSV bytes: `bom` as Excel's "CSV UTF-8" writes it, `;` as a Vietnamese list separator. */
export function csvBytes(rows: string[][], options: { delimiter?: ',' | ';'; bom?: boolean } = {}): Uint8Array {
  const delimiter = options.delimiter ?? ';';
  const text = rows.map((r) => r.map((c) => quote(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
  return new TextEncoder().encode((options.bom === false ? '' : '\uFEFF') + text);
}

/** A real .xlsx written by exceljs: `rows` as given (cells may be Date, number, or a formula object). */
export async function xlsxBytes(rows: ExcelJS.CellValue[][], sheets: { before?: string[] } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const name of sheets.before ?? []) workbook.addWorksheet(name).addRow(['Ghi chú', 'không phải danh sách']);
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A ZIP archive written by hand (deflated entries), for zip bombs: `claimedSize` puts a
 * smaller uncompressed size in the headers than the entry really inflates to.
 */
export function zipBytes(entries: Array<{ name: string; data: Uint8Array; claimedSize?: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = zlib.deflateRawSync(e.data);
    const size = e.claimedSize ?? e.data.length;
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
