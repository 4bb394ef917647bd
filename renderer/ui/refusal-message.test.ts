import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { RefusalDetail } from '../../electron/contract';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { refusalMessage } from './refusal-message';

// The refusal's detail worded as the alert shows it, through i18next itself, in both languages.

async function tFor(lng: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return i18n.t;
}

const merge: RefusalDetail = {
  kind: 'merge_overlapping_terms',
  committeeId: 1,
  committee: 'Ban Chỉ đạo tỉnh Thanh Hóa',
  keptName: 'Trịnh Tuấn Sinh',
  mergedName: 'Trịnh Tuấn Sinh',
  kept: { fromDate: '2020-10-26', toDate: null },
  merged: { fromDate: '2021-06-01', toDate: '2022-01-01' },
};

describe('refusalMessage', () => {
  it('a refused merge names the committee and both terms (dd/mm/yyyy), in Vietnamese and English', async () => {
    expect(refusalMessage(merge, await tFor('vi'))).toBe(
      'Không thể gộp: Trịnh Tuấn Sinh và Trịnh Tuấn Sinh đều là thành viên Ban Chỉ đạo tỉnh Thanh Hóa trong hai nhiệm kỳ chồng lên nhau nhưng khác nhau (từ 26/10/2020, chưa thôi; từ 01/06/2021 đến 01/01/2022). Hãy sửa hoặc kết thúc một trong hai nhiệm kỳ rồi gộp lại.',
    );
    expect(refusalMessage(merge, await tFor('en'))).toBe(
      'Cannot merge: Trịnh Tuấn Sinh and Trịnh Tuấn Sinh are both members of Ban Chỉ đạo tỉnh Thanh Hóa over overlapping but different terms (from 26/10/2020, still in office; from 01/06/2021 to 01/01/2022). Correct or end one of the terms, then merge again.',
    );
  });

  it('the relief before the start still names the person and the dates', async () => {
    const detail: RefusalDetail = { kind: 'ends_before_start', fullName: 'Lê Thị Bình', fromDate: '2021-03-01', toDate: '2019-01-01' };
    expect(refusalMessage(detail, await tFor('vi'))).toContain('Không thể cho Lê Thị Bình thôi tham gia từ ngày 01/01/2019');
  });
});
