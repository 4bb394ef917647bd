import { describe, expect, it } from 'vitest';
import { addSubPoint, draftsOf, itemsInput, moveDirective, newDirective, recipientsFromText, removeDirective, removeSubPoint, setSubPoint } from './directive-list';

const items = draftsOf([
  { id: 11, position: 1, text: 'Kiện toàn Ban Chỉ đạo', subPoints: ['Rà soát thành viên'] },
  { id: 12, position: 2, text: 'Phối hợp chặt chẽ', subPoints: [] },
  { id: 13, position: 3, text: 'Cải cách hành chính', subPoints: [] },
]);

describe('the directives as the editor holds them', () => {
  it('a move keeps every directive with its id, in the new order, never past either end', () => {
    expect(itemsInput(moveDirective(items, 2, 0)).map((i) => i.id)).toEqual([13, 11, 12]);
    expect(itemsInput(moveDirective(items, 0, 1)).map((i) => i.id)).toEqual([12, 11, 13]);
    expect(itemsInput(moveDirective(items, 0, 5)).map((i) => i.id)).toEqual([11, 12, 13]);
  });

  it('a new directive goes without an id; a removed one is gone; blank sub-points are left out', () => {
    let next = [...removeDirective(items, 1), newDirective(' Nâng cao chất lượng ')];
    next = setSubPoint(addSubPoint(addSubPoint(next, 2), 2), 2, 1, ' Báo cáo 6 tháng ');
    expect(itemsInput(next)).toEqual([
      { id: 11, text: 'Kiện toàn Ban Chỉ đạo', subPoints: ['Rà soát thành viên'] },
      { id: 13, text: 'Cải cách hành chính', subPoints: [] },
      { text: 'Nâng cao chất lượng', subPoints: ['Báo cáo 6 tháng'] },
    ]);
    expect(itemsInput(removeSubPoint(items, 0, 0))[0]!.subPoints).toEqual([]);
  });

  it('recipients: one a line, dashes dropped, "Lưu: VT, …" last wherever it was typed', () => {
    expect(recipientsFromText('- Lưu: VT, Ban Dân vận\n- Thường trực Tỉnh ủy (để b/c)\n\n  • Các thành viên BCĐ  ')).toEqual([
      'Thường trực Tỉnh ủy (để b/c)',
      'Các thành viên BCĐ',
      'Lưu: VT, Ban Dân vận',
    ]);
  });
});
