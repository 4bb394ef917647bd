import { describe, expect, it } from 'vitest';
import { cleanText, fold } from './fold.js';

describe('fold', () => {
  it.each([
    ['Trịnh Tuấn Sinh', 'trinh tuan sinh'],
    ['Đảng Cộng sản Việt Nam', 'dang cong san viet nam'],
    ['đồng chí Đỗ Văn Hải', 'dong chi do van hai'],
    ['KẾT LUẬN', 'ket luan'],
    ['Ủy ban MTTQ', 'uy ban mttq'],
    ['ư ơ ă â ê ô', 'u o a a e o'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('folds the look-alike Ð (U+00D0) and ð (U+00F0) to d, like Đ and đ', () => {
    expect(fold('\u00d0ảng')).toBe('dang');
    expect(fold('\u00d0ỗ Văn Hải')).toBe(fold('Đỗ Văn Hải'));
    expect(fold('\u00f0ồng chí')).toBe('dong chi');
    expect(fold('ÐÐ ðð ĐĐ đđ')).toBe('dd dd dd dd');
  });

  it('treats decomposed (NFD) and precomposed (NFC) text alike', () => {
    const nfd = 'Kiện toàn Ban Chỉ đạo'.normalize('NFD');
    expect(nfd).not.toBe('Kiện toàn Ban Chỉ đạo');
    expect(fold(nfd)).toBe(fold('Kiện toàn Ban Chỉ đạo'));
    expect(fold(nfd)).toBe('kien toan ban chi dao');
  });

  it('is idempotent and keeps digits, punctuation and spacing', () => {
    const once = fold('Số: 05/TB-BCĐ, ngày 15/01/2021');
    expect(once).toBe('so: 05/tb-bcd, ngay 15/01/2021');
    expect(fold(once)).toBe(once);
  });

  it('makes "dang" a substring of a folded "Đảng" but not of "Dân"', () => {
    expect(fold('Bí thư Đảng ủy').includes('dang')).toBe(true);
    expect(fold('Ban Dân vận').includes('dang')).toBe(false);
  });
});

describe('cleanText', () => {
  it('trims and collapses runs of white space, tabs and newlines included', () => {
    expect(cleanText('  Trịnh   Tuấn\tSinh \n')).toBe('Trịnh Tuấn Sinh');
  });

  it('returns NFC, so equal names compare equal', () => {
    const nfd = 'Hoàng Thị Dung'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Hoàng Thị Dung');
    expect(cleanText(nfd).length).toBe('Hoàng Thị Dung'.length);
  });

  it('keeps case and accents', () => {
    expect(cleanText('Phó Bí thư Tỉnh ủy')).toBe('Phó Bí thư Tỉnh ủy');
  });

  it('turns white space only into the empty string', () => {
    expect(cleanText(' \t\n ')).toBe('');
  });
});
