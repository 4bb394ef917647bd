import { describe, expect, it } from 'vitest';
import { COMPOUND_WORDS, NBSP, attachmentLine, columnHeading, issuingBodyLine, keepCompoundsTogether, parentBodyLine, rosterSubtitle } from './index.js';

const committee = { parentBody: 'Tỉnh ủy Thanh Hóa' };
const d = (id: number, number: string, signedOn: string, issuer: string | null = 'Tỉnh ủy Thanh Hóa') => ({ id, number, signedOn, issuer });

describe('attachmentLine', () => {
  it('names the one decision with its date and issuer', () => {
    expect(attachmentLine([d(1, '25-QĐ/TU', '2020-10-26')], committee)).toBe('(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)');
  });

  it('names the reconstitution and the supplementary decisions, the issuer once for a run of one issuer', () => {
    expect(attachmentLine([d(1, '25-QĐ/TU', '2020-10-26'), d(2, '31-QĐ/TU', '2021-03-01')], committee)).toBe(
      '(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 và Quyết định số 31-QĐ/TU ngày 01/03/2021 của Tỉnh ủy Thanh Hóa)',
    );
    expect(attachmentLine([d(1, '25-QĐ/TU', '2020-10-26'), d(2, '07-QĐ/BTV', '2021-03-01', 'Ban Thường vụ Tỉnh ủy'), d(3, '40-QĐ/TU', '2021-06-01')], committee)).toBe(
      '(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa, Quyết định số 07-QĐ/BTV ngày 01/03/2021 của Ban Thường vụ Tỉnh ủy và Quyết định số 40-QĐ/TU ngày 01/06/2021 của Tỉnh ủy Thanh Hóa)',
    );
  });

  it("falls back to the committee's parent body, and is null without a decision", () => {
    expect(attachmentLine([d(1, '25-QĐ/TU', '2020-10-26', null)], { parentBody: 'UBND tỉnh Thanh Hóa' })).toBe('(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của UBND tỉnh Thanh Hóa)');
    expect(attachmentLine([], committee)).toBeNull();
  });
});

describe('keepCompoundsTogether', () => {
  it('joins the syllables of known compound words, in capitals too, and keeps the spaces between words', () => {
    expect(keepCompoundsTogether('BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA')).toBe(
      ['BAN CHỈ ĐẠO', 'XÂY DỰNG', 'CƠ SỞ', 'VÀ', 'THỰC HIỆN', 'QUY CHẾ', 'DÂN CHỦ', 'TỈNH', 'THANH HÓA'].map((w) => w.replace(/ /g, NBSP)).join(' '),
    );
    expect(keepCompoundsTogether('Chức vụ, đơn vị công tác')).toBe(`Chức${NBSP}vụ, đơn${NBSP}vị công${NBSP}tác`);
    expect(keepCompoundsTogether('và các')).toBe('và các');
  });

  it('is applied to the header lines and the column headings; removing the spaces changes nothing else', () => {
    const c = { name: 'Ban Chỉ đạo xây dựng cơ sở', issuingBody: null, parentBody: 'Tỉnh ủy Thanh Hóa' };
    expect(issuingBodyLine(c)).toBe(`BAN${NBSP}CHỈ${NBSP}ĐẠO XÂY${NBSP}DỰNG CƠ${NBSP}SỞ`);
    expect(parentBodyLine(c)).toBe(`TỈNH${NBSP}ỦY THANH${NBSP}HÓA`);
    expect(columnHeading({ heading: 'Chức danh trong Ban Chỉ đạo' })).toBe(`Chức${NBSP}danh trong Ban${NBSP}Chỉ${NBSP}đạo`);
    for (const w of COMPOUND_WORDS) expect(w).toBe(w.normalize('NFC').toLocaleLowerCase('vi'));
  });

  // Names of committees the demo does not have: the list is the vocabulary of administrative
  // names, not the demo's words.
  const joined = (...words: string[]) => words.map((w) => w.replace(/ /g, NBSP)).join(' ');
  it('covers the vocabulary of administrative names, not only the demo: programmes, defence, disasters, reform', () => {
    expect(COMPOUND_WORDS.length).toBeGreaterThanOrEqual(300);
    expect(keepCompoundsTogether('BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG HUYỆN NÔNG CỐNG')).toBe(
      joined('BAN CHỈ ĐẠO', 'CÁC', 'CHƯƠNG TRÌNH', 'MỤC TIÊU', 'QUỐC GIA', 'GIẢM NGHÈO', 'BỀN VỮNG', 'HUYỆN', 'NÔNG CỐNG'),
    );
    expect(keepCompoundsTogether('Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Quảng Xương')).toBe(
      joined('Ban', 'Chỉ', 'huy', 'phòng, chống', 'thiên tai', 'và', 'tìm kiếm cứu nạn', 'huyện', 'Quảng Xương'),
    );
    expect(keepCompoundsTogether('HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG VÀ AN NINH TỈNH NGHỆ AN')).toBe(
      joined('HỘI ĐỒNG', 'GIÁO DỤC QUỐC PHÒNG', 'VÀ', 'AN NINH', 'TỈNH', 'NGHỆ AN'),
    );
    expect(keepCompoundsTogether('Ban Chỉ đạo chuyển đổi số và cải cách hành chính xã Tân Lập')).toBe(
      joined('Ban Chỉ đạo', 'chuyển đổi số', 'và', 'cải cách hành chính', 'xã', 'Tân', 'Lập'),
    );
    expect(keepCompoundsTogether('BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI TỈNH ĐẮK LẮK')).toBe(joined('BAN CHỈ ĐẠO', 'XÂY DỰNG', 'NÔNG THÔN MỚI', 'TỈNH', 'ĐẮK LẮK'));
  });

  it('matches by fold: another spelling of the tone mark, no diacritics, Đ written as D', () => {
    expect(keepCompoundsTogether('TỈNH UỶ THANH HOÁ')).toBe(joined('TỈNH UỶ', 'THANH HOÁ'));
    expect(keepCompoundsTogether('Ban Chi dao giam ngheo')).toBe(joined('Ban Chi dao', 'giam ngheo'));
  });

  it("the title's second line (print and Word) keeps the committee's compound words together", () => {
    expect(rosterSubtitle({ name: 'Ban Chỉ đạo các chương trình mục tiêu quốc gia giảm nghèo bền vững huyện Nông Cống' })).toBe(
      joined('BAN CHỈ ĐẠO', 'CÁC', 'CHƯƠNG TRÌNH', 'MỤC TIÊU', 'QUỐC GIA', 'GIẢM NGHÈO', 'BỀN VỮNG', 'HUYỆN', 'NÔNG CỐNG'),
    );
  });
});
