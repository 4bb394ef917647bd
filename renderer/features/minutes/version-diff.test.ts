import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '../../../electron/contract';
import { diffDocs, docBlocks, wordDiff } from './version-diff';

const p = (text: string): RichTextNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });
const shown = (segments: { text: string; change: string }[] | undefined) =>
  (segments ?? []).map((s) => (s.change === 'same' ? s.text : `[${s.change === 'added' ? '+' : '-'}${s.text}]`)).join('');

describe('the versions compare', () => {
  it('reads a document as blocks: headings, paragraphs, list items and table rows, blank lines left out', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'II. Thảo luận' }] },
      p(''),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('Thọ Xuân: 100%')] }, { type: 'listItem', content: [p('Nga Sơn')] }] },
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('Chỉ tiêu')] }, { type: 'tableCell', content: [p('95%')] }] }],
      },
    );
    expect(docBlocks(d)).toEqual([
      { kind: 'heading', text: 'II. Thảo luận' },
      { kind: 'listItem', text: 'Thọ Xuân: 100%' },
      { kind: 'listItem', text: 'Nga Sơn' },
      { kind: 'tableRow', text: 'Chỉ tiêu | 95%' },
    ]);
  });

  it('marks a changed word as removed on the left and added on the right, the rest unchanged', () => {
    const d = wordDiff('huyện Nga Sơn đạt 95% chỉ tiêu', 'huyện Nga Sơn đạt 97% chỉ tiêu');
    expect(shown(d.left)).toBe('huyện Nga Sơn đạt [-95]% chỉ tiêu');
    expect(shown(d.right)).toBe('huyện Nga Sơn đạt [+97]% chỉ tiêu');
  });

  it('aligns equal blocks side by side, pairs a replaced block word by word, and leaves an added block alone on the right', () => {
    const left = doc(p('I. Kết quả năm 2020'), p('Nga Sơn đạt 95%.'), p('Kết luận của đồng chí Trưởng ban.'));
    const right = doc(p('I. Kết quả năm 2020'), p('Nga Sơn đạt 97%.'), p('Đính chính: bổ sung số liệu.'), p('Kết luận của đồng chí Trưởng ban.'));
    const rows = diffDocs(left, right);
    expect(rows.map((r) => [shown(r.left?.segments), shown(r.right?.segments), r.changed])).toEqual([
      ['I. Kết quả năm 2020', 'I. Kết quả năm 2020', false],
      ['Nga Sơn đạt [-95]%.', 'Nga Sơn đạt [+97]%.', true],
      ['', '[+Đính chính: bổ sung số liệu.]', true],
      ['Kết luận của đồng chí Trưởng ban.', 'Kết luận của đồng chí Trưởng ban.', false],
    ]);
    expect(rows[2]?.left).toBeNull();
  });

  it('shows a block taken out alone on the left, struck', () => {
    const rows = diffDocs(doc(p('Một'), p('Hai'), p('Ba')), doc(p('Một'), p('Ba')));
    expect(rows.map((r) => [shown(r.left?.segments), r.right])).toEqual([
      ['Một', expect.anything()],
      ['[-Hai]', null],
      ['Ba', expect.anything()],
    ]);
  });

  it('finds no difference between a version and itself', () => {
    const d = doc(p('Một'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('Hai')] }] });
    expect(diffDocs(d, d).every((r) => !r.changed)).toBe(true);
  });
});
