import { describe, expect, it } from 'vitest';
import type { RosterImportErrorCode } from '../model/index.js';
import { parseRows } from './parse-rows.js';
import { readCsv } from './read-csv.js';
import { HEADERS_VI, csvBytes, memberRow, resolveDefaultRole } from './test-files.js';

const parse = (rows: string[][]) => parseRows(readCsv(csvBytes(rows)), resolveDefaultRole);
const good = (n: number) => memberRow(n, `Người Số ${n}`);

describe('roster import: a table of bad rows', () => {
  // Each bad row sits at Excel row 3, between two good rows: the error names row 3 alone.
  it.each<[string, string[], { column: string | null; code: RosterImportErrorCode; message: string }]>([
    ['empty name', memberRow(2, '   '), { column: 'Họ và tên', code: 'empty_name', message: 'Họ và tên để trống.' }],
    ['31/02', memberRow(2, 'A', { from: '31/02/2021' }), { column: 'Từ ngày', code: 'impossible_date', message: 'Ngày không hợp lệ: "31/02/2021" (cần một ngày có thật, dạng dd/mm/yyyy).' }],
    ['month 13', memberRow(2, 'A', { from: '13/13/2021' }), { column: 'Từ ngày', code: 'impossible_date', message: expect.stringContaining('"13/13/2021"') as never }],
    ['29/02 of a common year', memberRow(2, 'A', { to: '29/02/2023' }), { column: 'Đến ngày', code: 'impossible_date', message: expect.stringContaining('29/02/2023') as never }],
    ['not a date', memberRow(2, 'A', { from: 'tháng 3/2021' }), { column: 'Từ ngày', code: 'impossible_date', message: expect.stringContaining('tháng 3/2021') as never }],
    ['no start', memberRow(2, 'A', { from: '' }), { column: 'Từ ngày', code: 'missing_value', message: '"Từ ngày" để trống.' }],
    ['end before start', memberRow(2, 'A', { from: '01/03/2021', to: '01/03/2021' }), { column: 'Đến ngày', code: 'end_before_start', message: 'Đến ngày phải sau Từ ngày.' }],
    ['unknown role', memberRow(2, 'A', { role: 'Giám đốc' }), { column: 'Chức danh trong Ban Chỉ đạo', code: 'unknown_role', message: 'Chức danh không có trong danh mục: "Giám đốc".' }],
    ['no role', memberRow(2, 'A', { role: '' }), { column: 'Chức danh trong Ban Chỉ đạo', code: 'missing_value', message: '"Chức danh trong Ban Chỉ đạo" để trống.' }],
    ['name too long', memberRow(2, 'A'.repeat(151)), { column: 'Họ và tên', code: 'too_long', message: 'Quá dài: tối đa 150 ký tự.' }],
    ['control character', memberRow(2, 'A\u0007B'), { column: 'Họ và tên', code: 'invalid_text', message: 'Có ký tự điều khiển hoặc ký tự hỏng.' }],
    ['impossible decision date', memberRow(2, 'A', { decision: '42-QĐ/TU ngày 30/02/2021' }), { column: 'Quyết định', code: 'impossible_date', message: expect.stringContaining('30/02/2021') as never }],
    ['decision dated otherwise', memberRow(2, 'A', { decision: '42-QĐ/TU ngày 02/03/2021' }), { column: 'Quyết định', code: 'decision_conflict', message: 'Quyết định "42-QĐ/TU" đã có ngày khác (01/03/2021).' }],
  ])('%s', (_, bad, error) => {
    const parsed = parse([HEADERS_VI, good(1), bad, good(3)]);
    expect(parsed.errors).toEqual([{ row: 3, field: expect.any(String), ...error }]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('the same person twice over overlapping terms is a duplicate; consecutive terms are not', () => {
    const parsed = parse([
      HEADERS_VI,
      memberRow(1, 'Lê Quang Huy', { organisation: 'Sở Nội vụ', from: '01/01/2016', to: '01/03/2021' }),
      memberRow(2, 'Lê Quang Huy', { organisation: 'Sở Nội vụ', from: '01/03/2021', role: 'Phó Trưởng ban' }),
      // Same folded name and organisation, written without diacritics and in capitals.
      memberRow(3, 'LE QUANG HUY', { organisation: 'so noi vu', from: '01/06/2021' }),
      // Same name, another organisation: another person.
      memberRow(4, 'Lê Quang Huy', { organisation: 'Sở Tài chính', from: '01/06/2021' }),
    ]);
    expect(parsed.errors).toEqual([
      { row: 4, column: 'Họ và tên', field: 'fullName', code: 'duplicate_in_file', message: 'Trùng với dòng 3: cùng họ tên, cùng đơn vị (hoặc một dòng để trống đơn vị), thời gian trùng nhau.' },
    ]);
  });

  it('a blank organisation is judged by the one same-person rule (maybeSamePerson), as the archive check judges it', () => {
    const parsed = parse([
      HEADERS_VI,
      memberRow(1, 'Lê Quang Huy', { organisation: 'Sở Nội vụ', from: '01/01/2021' }),
      // No organisation: maybe the same Lê Quang Huy, over an overlapping term.
      memberRow(2, 'le quang huy', { organisation: '', from: '01/06/2021' }),
      // No organisation, another name: nobody's duplicate.
      memberRow(3, 'Lê Quang Hùng', { organisation: '', from: '01/06/2021' }),
    ]);
    expect(parsed.errors.map((e) => [e.row, e.code, e.message])).toEqual([
      [3, 'duplicate_in_file', 'Trùng với dòng 2: cùng họ tên, cùng đơn vị (hoặc một dòng để trống đơn vị), thời gian trùng nhau.'],
    ]);
  });

  it('a file without a required column names it; without a header row says so', () => {
    const noRole = parse([['Họ và tên', 'Từ ngày', 'Ghi chú'], ['A', '01/01/2021', 'x']]);
    expect(noRole.errors).toEqual([{ row: 1, column: null, field: 'role', code: 'missing_column', message: 'Thiếu cột "Chức danh trong Ban Chỉ đạo".' }]);
    expect(noRole.columns.map((c) => c.field)).toEqual(['fullName', 'fromDate', null]);
    const twice = parse([['Họ và tên', 'Chức danh', 'Role', 'Từ ngày']]);
    expect(twice.errors.map((e) => [e.code, e.column])).toEqual([['duplicate_column', 'Role']]);
    expect(parse([['Tên đơn vị', 'Địa chỉ'], ['Sở Nội vụ', 'Thanh Hóa']]).errors.map((e) => e.code)).toEqual(['no_header']);
  });

  it('English headers, d/m/yyyy and ISO dates, decisions with and without a date', () => {
    const parsed = parse([
      ['Full name', 'Position', 'Organisation', 'Role', 'Duties', 'From', 'To', 'Decision'],
      ['Nguyễn Văn An', 'Trưởng Ban Dân vận', 'Ban Dân vận Tỉnh ủy', 'Standing deputy head', 'Thường trực', '1/3/2021', '2026-10-01', 'Số 42-QĐ/TU, 01/03/2021'],
      ['Lê Văn B', '', '', 'Member', '', '01.03.2021', '', '17/QĐ-UBND'],
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      expect.objectContaining({ role: 'pho_truong_ban_thuong_truc', fromDate: '2021-03-01', toDate: '2026-10-01', decisionNumber: '42-QĐ/TU', decisionDate: '2021-03-01' }),
      expect.objectContaining({ position: null, organisation: null, role: 'uy_vien', fromDate: '2021-03-01', decisionNumber: '17/QĐ-UBND', decisionDate: null }),
    ]);
  });
});
