import { describe, expect, it } from 'vitest';
import { RICH_TEXT_LIMITS } from './rich-text.js';
import { normalizeRichText, type RichTextErrorCode, richTextPlain, validateRichText } from './rich-text-validate.js';

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const cell = (text: string, type = 'tableCell', attrs?: unknown) => ({ type, ...(attrs ? { attrs } : {}), content: [p(t(text))] });

/** What Tiptap 3 itself writes for a minutes with a heading, a list, an ordered list and a table. */
const editorDoc = doc(
  { type: 'heading', attrs: { level: 2, textAlign: null }, content: [t('I. Kết quả năm 2020', [{ type: 'bold' }])] },
  p(t('Hội nghị '), t('đánh giá', [{ type: 'italic' }, { type: 'underline' }]), { type: 'hardBreak' }, t('kết quả.')),
  { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Một')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Một a'))] }] }] }] },
  { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [p(t('Hai'))] }] },
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('Chỉ tiêu', 'tableHeader', { colspan: 1, rowspan: 1, colwidth: null, align: null }), cell('Kết quả', 'tableHeader')] },
      { type: 'tableRow', content: [cell('Xã đạt chuẩn', 'tableCell', { colspan: 1, rowspan: 1, colwidth: [120], align: 'right' }), cell('95%')] },
    ],
  },
  { type: 'paragraph' },
);

describe('validateRichText', () => {
  it('accepts what the editor writes, and the empty draft', () => {
    expect(validateRichText(editorDoc)).toEqual({ ok: true, doc: editorDoc });
    expect(validateRichText(doc({ type: 'paragraph' })).ok).toBe(true);
  });

  const deep = (n: number): unknown => (n === 0 ? p(t('x')) : { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x')), deep(n - 1)] }] });

  const refused: Array<[string, unknown, RichTextErrorCode, string]> = [
    ['not an object', 'hello', 'not_a_doc', ''],
    ['raw HTML as a string', '<p>hi</p>', 'not_a_doc', ''],
    ['an array', [doc(p())], 'not_a_doc', ''],
    ['a root that is not a doc', p(t('x')), 'not_a_doc', ''],
    ['a doc with no blocks', doc(), 'wrong_nesting', 'content'],
    ['a doc whose content is an object', { type: 'doc', content: { 0: p() } }, 'wrong_nesting', 'content'],
    ['an unknown node', doc({ type: 'image', attrs: { src: 'x' } }), 'unknown_node', 'content.0.type'],
    ['a foreign html block', doc({ type: 'htmlBlock', text: '<script>1</script>' }), 'unknown_node', 'content.0.type'],
    ['a node without a type', doc({ content: [] }), 'unknown_node', 'content.0.type'],
    ['a node that is null', doc(null), 'not_an_object', 'content.0'],
    ['an unknown mark (link)', doc(p(t('x', [{ type: 'link', attrs: { href: 'javascript:1' } }]))), 'unknown_mark', 'content.0.content.0.marks.0'],
    ['a mark with attributes', doc(p(t('x', [{ type: 'bold', attrs: { style: 'x' } }]))), 'unknown_attribute', 'content.0.content.0.marks.0.attrs'],
    ['a mark with an unknown key', doc(p(t('x', [{ type: 'bold', onclick: 'x' }]))), 'unknown_key', 'content.0.content.0.marks.0.onclick'],
    ['a doubled mark', doc(p(t('x', [{ type: 'bold' }, { type: 'bold' }]))), 'duplicate_mark', 'content.0.content.0.marks.1'],
    ['marks on a paragraph', doc({ type: 'paragraph', marks: [{ type: 'bold' }] }), 'marks_not_allowed', 'content.0.marks'],
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { onclick: 'x' } }), 'unknown_attribute', 'content.0.attrs.onclick'],
    ['a style attribute', doc({ type: 'paragraph', attrs: { style: 'color:red' } }), 'unknown_attribute', 'content.0.attrs.style'],
    ['a bad alignment', doc({ type: 'paragraph', attrs: { textAlign: 'evil' } }), 'bad_attribute', 'content.0.attrs.textAlign'],
    ['heading level 4', doc({ type: 'heading', attrs: { level: 4 } }), 'bad_attribute', 'content.0.attrs.level'],
    ['heading level as text', doc({ type: 'heading', attrs: { level: '1 onclick=x' } }), 'bad_attribute', 'content.0.attrs.level'],
    ['heading without a level', doc({ type: 'heading' }), 'bad_attribute', 'content.0.attrs'],
    ['a cell alignment of its own', doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('x', 'tableCell', { align: 'middle' })] }] }), 'bad_attribute', 'content.0.content.0.content.0.attrs.align'],
    ['a colspan as text', doc({ type: 'table', content: [{ type: 'tableRow', content: [cell('x', 'tableCell', { colspan: '2" x="' })] }] }), 'bad_attribute', 'content.0.content.0.content.0.attrs.colspan'],
    ['an ordered list type of its own', doc({ type: 'orderedList', attrs: { type: 'disc' }, content: [{ type: 'listItem', content: [p()] }] }), 'bad_attribute', 'content.0.attrs.type'],
    ['text on a paragraph', doc({ type: 'paragraph', text: 'x' }), 'text_on_non_text', 'content.0.text'],
    ['a text node without text', doc(p({ type: 'text' })), 'text_missing', 'content.0.content.0.text'],
    ['an empty text node', doc(p(t(''))), 'text_missing', 'content.0.content.0.text'],
    ['text that is a number', doc(p({ type: 'text', text: 5 })), 'text_missing', 'content.0.content.0.text'],
    ['a control character', doc(p(t('a\u0007b'))), 'bad_text', 'content.0.content.0.text'],
    ['a lone surrogate', doc(p(t('a\uD800b'))), 'bad_text', 'content.0.content.0.text'],
    ['a bidi override', doc(p(t('a\u202Eb'))), 'bad_text', 'content.0.content.0.text'],
    ['content in a text node', doc(p({ type: 'text', text: 'x', content: [] })), 'content_on_leaf', 'content.0.content.0.content'],
    ['content in a hard break', doc(p({ type: 'hardBreak', content: [t('x')] })), 'content_on_leaf', 'content.0.content.0.content'],
    ['an unknown key', doc({ type: 'paragraph', html: '<b>x</b>' }), 'unknown_key', 'content.0.html'],
    ['text straight in the doc', doc(t('x')), 'wrong_nesting', 'content.0'],
    ['a paragraph in a paragraph', doc(p(p())), 'wrong_nesting', 'content.0.content.0'],
    ['a list item outside a list', doc({ type: 'listItem', content: [p()] }), 'wrong_nesting', 'content.0'],
    ['a list holding a paragraph', doc({ type: 'bulletList', content: [p()] }), 'wrong_nesting', 'content.0.content.0'],
    ['an empty list', doc({ type: 'bulletList', content: [] }), 'wrong_nesting', 'content.0.content'],
    ['a list item starting with a list', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [] }] }] }), 'wrong_nesting', 'content.0.content.0.content.0'],
    ['a cell straight in a table', doc({ type: 'table', content: [cell('x')] }), 'wrong_nesting', 'content.0.content.0'],
    ['a cell holding text directly', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [t('x')] }] }] }), 'wrong_nesting', 'content.0.content.0.content.0.content.0'],
    ['a nested doc', doc(doc(p())), 'wrong_nesting', 'content.0'],
    ['lists nested too deep', doc(deep(RICH_TEXT_LIMITS.maxDepth)), 'too_deep', expect.any(String) as unknown as string],
    ['too many nodes', doc(...Array.from({ length: RICH_TEXT_LIMITS.maxNodes }, () => p())), 'too_many_nodes', expect.any(String) as unknown as string],
    ['too much text', doc(...Array.from({ length: 11 }, () => p(t('x'.repeat(RICH_TEXT_LIMITS.maxTextChars / 10))))), 'too_much_text', expect.any(String) as unknown as string],
  ];

  it.each(refused)('refuses %s', (_name, value, code, path) => {
    const result = validateRichText(value);
    expect(result).toEqual({ ok: false, error: { code, path } });
  });

  it('accepts lists nested just within the depth limit', () => {
    // doc(0) > list(1) > item(2) > … : each level of deep() adds two.
    expect(validateRichText(doc(deep(Math.floor((RICH_TEXT_LIMITS.maxDepth - 3) / 2)))).ok).toBe(true);
  });
});

describe('validateRichText and the names every object inherits', () => {
  // JSON.parse'd, as the wire gives them: "__proto__" becomes an own key, not the prototype.
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const wire = (json: string): unknown => JSON.parse(json);
  const row = (attrs: string) => `{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableCell","attrs":${attrs},"content":[{"type":"paragraph"}]}]}]}`;

  it.each(NAMES)('refuses %s as a node type, as a mark type and as an attribute name of every node', (name) => {
    const key = JSON.stringify(name);
    expect(validateRichText(wire(`{"type":"doc","content":[{"type":${key}}]}`))).toEqual({ ok: false, error: { code: 'unknown_node', path: 'content.0.type' } });
    expect(validateRichText(wire(`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":${key}}]}]}]}`))).toEqual({
      ok: false,
      error: { code: 'unknown_mark', path: 'content.0.content.0.marks.0' },
    });
    for (const value of ['1', '{"x":1}', 'null', '"x"']) {
      const attrs = `{${key}:${value}}`;
      const cases: Array<[string, string]> = [
        [`{"type":"doc","content":[{"type":"paragraph","attrs":${attrs}}]}`, `content.0.attrs.${name}`],
        [`{"type":"doc","content":[{"type":"heading","attrs":{"level":1,${key}:${value}}}]}`, `content.0.attrs.${name}`],
        [`{"type":"doc","content":[{"type":"bulletList","attrs":${attrs},"content":[{"type":"listItem","content":[{"type":"paragraph"}]}]}]}`, `content.0.attrs.${name}`],
        [`{"type":"doc","content":[${row(attrs)}]}`, `content.0.content.0.content.0.attrs.${name}`],
        [`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"hardBreak","attrs":${attrs}}]}]}`, `content.0.content.0.attrs.${name}`],
      ];
      for (const [json, path] of cases) expect(validateRichText(wire(json))).toEqual({ ok: false, error: { code: 'unknown_attribute', path } });
    }
    expect(validateRichText(wire(`{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"bold","attrs":{${key}:1}}]}]}]}`))).toEqual({
      ok: false,
      error: { code: 'unknown_attribute', path: 'content.0.content.0.marks.0.attrs' },
    });
  });
});

describe('validateRichText and the size of a table as a grid', () => {
  const c = (attrs?: Record<string, number>) => ({ type: 'tableCell', ...(attrs ? { attrs } : {}), content: [{ type: 'paragraph' }] });
  const table = (rows: unknown[][]) => ({ type: 'doc', content: [{ type: 'table', content: rows.map((content) => ({ type: 'tableRow', content })) }] });
  const grid = (rows: number, columns: number, attrs?: Record<string, number>) => table(Array.from({ length: rows }, () => Array.from({ length: columns }, () => c(attrs))));
  const refusedAt = (path: string) => ({ ok: false, error: { code: 'table_too_large', path } });

  it('refuses the 100 × 100 table whose cells span 100 columns and 1000 rows (the Word export blow-up)', () => {
    expect(validateRichText(grid(100, 100, { colspan: 100, rowspan: 1000 }))).toEqual(refusedAt('content.0.content.0.content.0'));
    expect(validateRichText(grid(100, 100, { colspan: 100 }))).toEqual(refusedAt('content.0.content.0.content.1'));
    expect(validateRichText(grid(100, 1, { rowspan: 1000 }))).toEqual(refusedAt('content.0.content.0.content.0'));
  });

  it('accepts a full 100 × 100 grid and spans that fit it, and refuses one column or one row more', () => {
    expect(validateRichText(grid(100, 100)).ok).toBe(true);
    expect(validateRichText(table([[c({ colspan: 60 }), c({ colspan: 40 })], [c({ colspan: 100 })]])).ok).toBe(true);
    expect(validateRichText(table([[c({ rowspan: 3 }), c()], [c()], [c()]])).ok).toBe(true);
    expect(validateRichText(table([[c({ colspan: 60 }), c({ colspan: 41 })]]))).toEqual(refusedAt('content.0.content.0.content.1'));
    expect(validateRichText(table([[c({ rowspan: 4 }), c()], [c()], [c()]]))).toEqual(refusedAt('content.0.content.0.content.0'));
    expect(validateRichText(grid(101, 100))).toEqual(refusedAt('content.0.content.100'));
    expect(validateRichText(grid(10_001, 1))).toEqual(refusedAt('content.0.content.10000'));
  });

  it('counts the columns a cell above still takes: a row of 100 under a cell spanning down is 101 wide', () => {
    const rows = [[c({ rowspan: 2 }), ...Array.from({ length: 99 }, () => c())], Array.from({ length: 100 }, () => c())];
    expect(validateRichText(table(rows))).toEqual(refusedAt('content.0.content.1.content.99'));
    expect(validateRichText(table([rows[0]!, rows[1]!.slice(1)])).ok).toBe(true);
  });
});

describe('richTextPlain', () => {
  it('gives each paragraph and heading as a line, in order, tables and lists included', () => {
    expect(richTextPlain(editorDoc as never)).toEqual(['I. Kết quả năm 2020', 'Hội nghị đánh giá\nkết quả.', 'Một', 'Một a', 'Hai', 'Chỉ tiêu', 'Kết quả', 'Xã đạt chuẩn', '95%', '']);
  });
});

// Issue 8 cold review (FA, item 4): the body's text follows the app's one text rule (text.ts).
describe('text nodes follow the text rule', () => {
  it.each([
    ['a bare carriage return', 'Dòng 1\rDòng 2'],
    ['a newline (a break is a hardBreak node)', 'Dòng 1\nDòng 2'],
    ['a line separator U+2028', 'Dòng 1\u2028Dòng 2'],
    ['a paragraph separator U+2029', 'Dòng 1\u2029Dòng 2'],
    ['a byte-order mark U+FEFF', '\uFEFFKết luận'],
    ['a zero-width space U+200B', 'Kết\u200Bluận'],
    ['a right-to-left mark U+200F', 'Kết\u200Fluận'],
    ['a bidi isolate U+2067', 'Kết\u2067luận'],
  ])('refuses %s (bad_text)', (_what, text) => {
    expect(validateRichText(doc(p(t(text))))).toEqual({ ok: false, error: { code: 'bad_text', path: 'content.0.content.0.text' } });
  });

  it('accepts a tab, Vietnamese and an emoji joined by ZWJ', () => {
    expect(validateRichText(doc(p(t('Mục\tI: Đỗ Văn Hải 👨\u200D👩\u200D👧')))).ok).toBe(true);
  });

  it('normalizeRichText stores every text node in NFC, keeping marks and structure', () => {
    const nfd = 'Kiện toàn Ban Chỉ đạo'.normalize('NFD');
    const given = doc(p(t(nfd, [{ type: 'bold' }])), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t(nfd))] }] });
    const result = validateRichText(given);
    expect(result.ok).toBe(true);
    const stored = normalizeRichText(result.ok ? result.doc : (given as never));
    expect(stored).toEqual(doc(p(t('Kiện toàn Ban Chỉ đạo', [{ type: 'bold' }])), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Kiện toàn Ban Chỉ đạo'))] }] }));
    expect(JSON.stringify(given)).toContain(nfd);
  });
});
