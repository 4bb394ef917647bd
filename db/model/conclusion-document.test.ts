import { describe, expect, it } from 'vitest';
import {
  conclusionBodyLines,
  conclusionFileName,
  conclusionNumberLine,
  conclusionRecipientLines,
  conclusionSigner,
} from './conclusion-document.js';
import type { ConclusionDetail } from './conclusions.js';
import type { Committee } from './entities.js';

const committee = (documentFormat: 'state' | 'party', symbol: string | null = 'BCĐ') =>
  ({ name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa', documentFormat, symbol }) as Committee;

describe('the notice as a document', () => {
  it('signs TM. / KT. (state) and T/M / K/T (Party), or in the own name', () => {
    const sinh = { personId: 1, name: 'Trịnh Tuấn Sinh', title: 'Trưởng ban' };
    expect(conclusionSigner(committee('state'), { ...sinh, form: 'tm' })).toEqual({ authority: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trịnh Tuấn Sinh' });
    expect(conclusionSigner(committee('party'), { ...sinh, form: 'tm' }).authority).toBe('T/M BAN CHỈ ĐẠO');
    expect(conclusionSigner(committee('state'), { ...sinh, form: 'kt', title: 'PHÓ TRƯỞNG BAN' })).toMatchObject({ authority: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' });
    expect(conclusionSigner(committee('party'), { ...sinh, form: 'kt' }).authority).toBe('K/T TRƯỞNG BAN');
    expect(conclusionSigner(committee('party'), { ...sinh, form: 'none' }).authority).toBeNull();
  });

  it('"Nơi nhận": each line "- …;", the filing line always last (the clerk\'s, wherever written, else the committee\'s)', () => {
    expect(conclusionRecipientLines(committee('party'), ['Lưu: VT, Ban Dân vận Tỉnh ủy', 'Thường trực Tỉnh ủy (để b/c);', '- Các đồng chí thành viên BCĐ'])).toEqual([
      '- Thường trực Tỉnh ủy (để b/c);',
      '- Các đồng chí thành viên BCĐ;',
      '- Lưu: VT, Ban Dân vận Tỉnh ủy.',
    ]);
    expect(conclusionRecipientLines(committee('state'), ['Như trên'])).toEqual(['- Như trên;', '- Lưu: VT, BCĐ.']);
    expect(conclusionRecipientLines(committee('state', null), [])).toEqual(['- Lưu: VT.']);
  });

  it('numbers the directives, puts their sub-points under them, ends with "./."', () => {
    const items = [
      { id: 1, position: 1, text: 'Kiện toàn Ban Chỉ đạo.', subPoints: ['Phân công nhiệm vụ;'] },
      { id: 2, position: 2, text: 'Thực hiện tốt 6 nhóm nhiệm vụ.', subPoints: [] },
    ];
    expect(conclusionBodyLines({ items })).toEqual([
      { kind: 'item', text: '1. Kiện toàn Ban Chỉ đạo.' },
      { kind: 'sub', text: '- Phân công nhiệm vụ;' },
      { kind: 'item', text: '2. Thực hiện tốt 6 nhóm nhiệm vụ./.' },
    ]);
  });

  it('the number line: the series\' symbol once issued, a blank to fill by hand on a draft', () => {
    const draft = { symbol: null } as ConclusionDetail;
    expect(conclusionNumberLine({ committee: committee('state'), conclusion: draft })).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-BCĐ');
    expect(conclusionNumberLine({ committee: committee('party'), conclusion: draft })).toBe('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-TB/BCĐ');
    expect(conclusionNumberLine({ committee: committee('party'), conclusion: { symbol: 'Số 01-TB/BCĐ' } as ConclusionDetail })).toBe('Số 01-TB/BCĐ');
  });

  it('file names are ASCII', () => {
    expect(conclusionFileName({ id: 7, number: 1, datedOn: '2021-01-13' })).toBe('thong-bao-ket-luan-01-2021.docx');
    expect(conclusionFileName({ id: 7, number: null, datedOn: '2021-01-13' })).toBe('thong-bao-ket-luan-du-thao-7.docx');
  });
});
