import { describe, expect, it } from 'vitest';
import { fieldOfHeader, isHeaderRow, mapColumns } from './headers.js';
import { roleResolver } from './roles.js';
import { DEFAULT_ROLES, resolveDefaultRole as roleOfCell } from './test-files.js';

describe('roster import: headers', () => {
  it.each([
    // The roster export's headers, with and without diacritics, in other cases, with notes.
    ['Họ và tên', 'fullName'],
    ['HO VA TEN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Full name', 'fullName'],
    ['Chức vụ', 'position'],
    ['chuc vu', 'position'],
    ['Position', 'position'],
    ['Đơn vị công tác', 'organisation'],
    ['Don vi cong tac', 'organisation'],
    ['Organisation', 'organisation'],
    ['Organization', 'organisation'],
    ['Chức danh trong Ban Chỉ đạo', 'role'],
    ['CHUC DANH TRONG BAN CHI DAO', 'role'],
    ['Role', 'role'],
    ['Nhiệm vụ được phân công', 'duty'],
    ['Nhiem vu duoc phan cong', 'duty'],
    ['Duties', 'duty'],
    ['Từ ngày', 'fromDate'],
    ['Từ ngày (dd/mm/yyyy)', 'fromDate'],
    ['tu ngay', 'fromDate'],
    ['From', 'fromDate'],
    ['Đến ngày', 'toDate'],
    ['Den ngay', 'toDate'],
    ['To', 'toDate'],
    ['Quyết định', 'decision'],
    ['Quyet dinh', 'decision'],
    ['Decision', 'decision'],
    // The look-alike Ð (U+00D0) folds like Đ.
    ['\u00d0ơn vị công tác', 'organisation'],
    ['  Họ   và  tên: ', 'fullName'],
  ])('%j fills %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('leaves other headers unrecognized, and maps columns by position', () => {
    expect(fieldOfHeader('STT')).toBeNull();
    expect(fieldOfHeader('Ghi chú')).toBeNull();
    expect(mapColumns(['STT', 'Họ và tên', '', 'Ghi chú', 'Từ ngày'])).toEqual([
      { index: 1, header: 'STT', field: null },
      { index: 2, header: 'Họ và tên', field: 'fullName' },
      { index: 4, header: 'Ghi chú', field: null },
      { index: 5, header: 'Từ ngày', field: 'fromDate' },
    ]);
  });

  it('a header row names the full name and one other field', () => {
    expect(isHeaderRow(['Họ và tên', 'Chức vụ'])).toBe(true);
    expect(isHeaderRow(['DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO'])).toBe(false);
    expect(isHeaderRow(['Chức vụ', 'Từ ngày'])).toBe(false);
    expect(isHeaderRow(['Họ và tên'])).toBe(false);
  });
});

describe('roster import: roles', () => {
  it.each([
    ['Trưởng ban', 'truong_ban'],
    ['Trưởng Ban Chỉ đạo', 'truong_ban'],
    ['TRUONG BAN', 'truong_ban'],
    ['Head', 'truong_ban'],
    ['Phó Trưởng ban thường trực', 'pho_truong_ban_thuong_truc'],
    ['Phó Trưởng Ban thường trực Ban Chỉ đạo', 'pho_truong_ban_thuong_truc'],
    ['Standing deputy head', 'pho_truong_ban_thuong_truc'],
    ['Phó Trưởng ban', 'pho_truong_ban'],
    ['pho truong ban', 'pho_truong_ban'],
    ['Deputy head', 'pho_truong_ban'],
    ['Ủy viên', 'uy_vien'],
    ['Uỷ viên', 'uy_vien'],
    ['Ủy viên BCĐ', 'uy_vien'],
    ['Member', 'uy_vien'],
    ['Thư ký', 'thu_ky'],
    ['Tổ giúp việc', 'to_giup_viec'],
    ['uy_vien', 'uy_vien'],
  ])('%j is %s', (cell, role) => {
    expect(roleOfCell(cell)).toBe(role);
  });

  it.each(['Giám đốc', 'Trưởng phòng', 'Phó', ''])('%j is no role', (cell) => {
    expect(roleOfCell(cell)).toBeNull();
  });

  it("the committee's own names first; a default's aliases only when the committee has that role", () => {
    const resolve = roleResolver([
      { code: 'truong_ban', name: 'Trưởng ban' },
      { code: 'uy_vien', name: 'Thành viên' },
      { code: 'dai_dien_mttq', name: 'Đại diện Mặt trận Tổ quốc' },
    ]);
    expect(resolve('Thành viên')).toBe('uy_vien');
    expect(resolve('dai dien mat tran to quoc')).toBe('dai_dien_mttq');
    expect(resolve('Ủy viên')).toBe('uy_vien');
    expect(resolve('Phó Trưởng ban')).toBeNull();
    expect(roleResolver(DEFAULT_ROLES)('Tổ giúp việc')).toBe('to_giup_viec');
  });
});
