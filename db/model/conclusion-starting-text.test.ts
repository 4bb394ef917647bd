import { describe, expect, it } from 'vitest';
import { conclusionPartOf } from './conclusion-starting-text.js';
import type { RichTextDoc, RichTextNode } from './rich-text.js';

const p = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string, level: 1 | 2 | 3 = 2): RichTextNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const li = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });
const ol = (...items: RichTextNode[]): RichTextNode => ({ type: 'orderedList', content: items });
const ul = (...items: RichTextNode[]): RichTextNode => ({ type: 'bulletList', content: items });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

describe('the conclusion part of the minutes', () => {
  it('is the part under the last heading that says "kết luận" (folded), up to the next heading of its level', () => {
    const body = doc(
      h('I. Báo cáo', 2),
      p('Kết luận chưa phải ở đây.'),
      h('Ý kiến kết luận sơ bộ', 2),
      p('1. Bỏ qua.'),
      h('III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ', 2),
      p('Đồng chí Trưởng Ban Chỉ đạo kết luận như sau:'),
      ol(li(p('Kiện toàn Ban Chỉ đạo;'), ul(li(p('Phân công nhiệm vụ cho thành viên')))), li(p('Phối hợp chặt chẽ với cấp ủy.'))),
      p('3. Tăng cường kiểm tra, giám sát.'),
      p('- Bám sát địa bàn.'),
      p('a) Tham mưu kịp thời.'),
      h('Chi tiết', 3),
      p('4. Nâng cao chất lượng giải quyết đơn thư.'),
      h('IV. Bế mạc', 2),
      p('Hội nghị kết thúc.'),
    );
    expect(conclusionPartOf(body)).toEqual({
      found: true,
      preamble: 'Đồng chí Trưởng Ban Chỉ đạo kết luận như sau:',
      items: [
        { text: 'Kiện toàn Ban Chỉ đạo;', subPoints: ['Phân công nhiệm vụ cho thành viên'] },
        { text: 'Phối hợp chặt chẽ với cấp ủy.', subPoints: [] },
        { text: 'Tăng cường kiểm tra, giám sát.', subPoints: ['Bám sát địa bàn.', 'Tham mưu kịp thời.'] },
        { text: 'Nâng cao chất lượng giải quyết đơn thư.', subPoints: [] },
      ],
    });
  });

  it('minutes without such a heading offer nothing (found: false)', () => {
    expect(conclusionPartOf(doc(h('Báo cáo'), p('Kết luận: chưa có.')))).toEqual({ found: false, preamble: null, items: [] });
  });
});
