import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '../model/index.js';
import { richTextToDocx } from './rich-text-docx.js';
import { documentXml, paragraphs, tableRows, zipEntry } from './test-read-back.js';

// The minutes' body in Word: each allowed node and mark as Word writes it, read back from the
// package's XML through the real unzip.

const text = (t: string, ...marks: Array<'bold' | 'italic' | 'underline'>): RichTextNode =>
  marks.length > 0 ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) } : { type: 'text', text: t };
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const li = (t: string): RichTextNode => ({ type: 'listItem', content: [p(text(t))] });
const cell = (type: 'tableHeader' | 'tableCell', t: string, attrs?: RichTextNode['attrs']): RichTextNode => ({ type, attrs, content: [p(text(t))] });

async function written(doc: unknown): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: richTextToDocx(doc) }] }));
}

/** The XML of each paragraph (<w:p>) holding `needle`. */
const paragraphXml = (xml: string, needle: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((x) => x.includes(needle)) ?? '';

const MINUTES: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('I. Kết quả năm 2020')] },
    p(text('Năm 2020, '), text('các cấp ủy', 'bold'), text(' đã '), text('tập trung', 'italic'), text(' lãnh đạo '), text('thực hiện tốt', 'underline'), { type: 'hardBreak' }, text('dòng mới')),
    { type: 'bulletList', content: [li('Kiện toàn Ban Chỉ đạo'), { type: 'listItem', content: [p(text('Phối hợp')), { type: 'bulletList', content: [li('với cấp ủy')] }] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [li('Nhiệm vụ ba'), li('Nhiệm vụ bốn')] },
    { type: 'orderedList', attrs: { type: 'a' } as RichTextNode['attrs'], content: [li('Ý a')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Chỉ tiêu'), cell('tableHeader', 'Kết quả')] },
        { type: 'tableRow', content: [cell('tableCell', 'Xã đạt chuẩn'), cell('tableCell', '95%')] },
        { type: 'tableRow', content: [cell('tableCell', 'Ghi chú chung', { colspan: 2 })] },
      ],
    },
    { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('Giữa')] },
  ],
};

describe('rich text in Word', () => {
  it('writes body paragraphs justified with a first-line indent and 6 pt after', async () => {
    const xml = documentXml(await written(MINUTES));
    const para = paragraphXml(xml, 'Năm 2020');
    expect(para).toContain('<w:jc w:val="both"/>');
    expect(para).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(para).toMatch(/<w:spacing w:after="120"\/>/);
    expect(paragraphXml(xml, 'Giữa')).toContain('<w:jc w:val="center"/>');
  });

  it('keeps bold, italic and underline on their runs only, a hard break as a break, a heading bold', async () => {
    const xml = documentXml(await written(MINUTES));
    const para = paragraphXml(xml, 'Năm 2020');
    const run = (t: string) => [...para.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).find((r) => r.includes(`>${t}<`)) ?? '';
    expect(run('các cấp ủy')).toContain('<w:b/>');
    expect(run('tập trung')).toContain('<w:i/>');
    expect(run('thực hiện tốt')).toContain('<w:u w:val="single"/>');
    expect(run(' đã ')).not.toMatch(/<w:b\/>|<w:i\/>|<w:u /);
    expect(para).toContain('<w:br/>');
    expect(paragraphXml(xml, 'I. Kết quả năm 2020')).toContain('<w:b/>');
    expect(paragraphs(xml)).toEqual(expect.arrayContaining(['I. Kết quả năm 2020', 'Năm 2020, các cấp ủy đã tập trung lãnh đạo thực hiện tốtdòng mới']));
  });

  it('numbers lists with Word numbering: bullets "-", nested one level down, an ordered list from its start, lettered when asked', async () => {
    const file = await written(MINUTES);
    const xml = documentXml(file);
    const level = (needle: string) => /<w:ilvl w:val="(\d)"\/>/.exec(paragraphXml(xml, needle))?.[1];
    expect(level('Kiện toàn Ban Chỉ đạo')).toBe('0');
    expect(level('với cấp ủy')).toBe('1');
    expect(level('Nhiệm vụ ba')).toBe('0');
    const numbering = zipEntry(file, 'word/numbering.xml');
    expect(numbering).toContain('<w:lvlText w:val="-"/>');
    expect(numbering).toMatch(/<w:start w:val="3"\/>/);
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    // Two paragraphs of one list share its number instance; another list has its own.
    const numId = (needle: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphXml(xml, needle))?.[1];
    expect(numId('Nhiệm vụ ba')).toBe(numId('Nhiệm vụ bốn'));
    expect(numId('Nhiệm vụ ba')).not.toBe(numId('Ý a'));
  });

  it('writes tables with borders, the header row bold, a cell spanning two columns', async () => {
    const xml = documentXml(await written(MINUTES));
    expect(tableRows(xml)).toEqual([['Chỉ tiêu', 'Kết quả'], ['Xã đạt chuẩn', '95%'], ['Ghi chú chung']]);
    expect(xml).toMatch(/<w:tblBorders>[\s\S]*<w:insideV w:val="single"/);
    expect(paragraphXml(xml, 'Chỉ tiêu')).toContain('<w:b/>');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });

  it('shows markup typed into the minutes as text, and of a node the model does not know only its text', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', '<script>window.pwned=1</script>', '"><svg onload=alert(1)>', '<w:p><w:r><w:t>injected</w:t></w:r></w:p>'];
    const doc = {
      type: 'doc',
      content: [
        ...payloads.map((t) => p(text(t))),
        { type: 'iframe', attrs: { srcdoc: '<script>x()</script>' }, content: [{ type: 'text', text: 'chữ trong khung lạ' }] },
        { type: 'paragraph', content: [{ type: 'image', attrs: { src: 'javascript:alert(1)' } }, text('sau ảnh')] },
      ],
    };
    const xml = documentXml(await written(doc));
    expect(paragraphs(xml)).toEqual(expect.arrayContaining([...payloads, 'chữ trong khung lạ', 'sau ảnh']));
    // Escaped in the XML: no element of Word or HTML came from the text.
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<w:t>injected</w:t>');
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('srcdoc');
  });

  it('writes nothing for what is not a document, and survives a document nested deeper than any editor makes', async () => {
    expect(richTextToDocx(null)).toEqual([]);
    expect(richTextToDocx('<p>x</p>')).toEqual([]);
    let deep: RichTextNode = p(text('đáy'));
    for (let i = 0; i < 5000; i++) deep = { type: 'bulletList', content: [{ type: 'listItem', content: [deep] }] };
    await expect(written({ type: 'doc', content: [deep, p(text('sau'))] })).resolves.toBeInstanceOf(Buffer);
  });
  it('writes a forged table of 100 × 100 cells spanning 100 columns and 1000 rows fast, each cell once, without its spans', async () => {
    // The validator refuses it (rich-text-validate.test.ts); a stored one must still not blow up Word export.
    const rows = Array.from({ length: 100 }, (_, r) => ({
      type: 'tableRow',
      content: Array.from({ length: 100 }, (_, c) => cell('tableCell', `ô ${r}-${c}`, { colspan: 100, rowspan: 1000 } as RichTextNode['attrs'])),
    }));
    const started = Date.now();
    const file = await written({ type: 'doc', content: [{ type: 'table', content: rows }] });
    // Seconds on a loaded machine; before the grid check it ran for minutes and died out of memory.
    expect(Date.now() - started).toBeLessThan(20_000);
    const xml = documentXml(file);
    expect(xml.match(/<w:tc>/g)).toHaveLength(100 * 100);
    expect(xml).not.toContain('w:gridSpan');
    expect(xml).not.toContain('w:vMerge');
    expect(paragraphs(xml)).toEqual(expect.arrayContaining(['ô 0-0', 'ô 99-99']));
  }, 60_000);

  it('keeps the spans of a table whose grid fits, and clamps nothing there', async () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableCell', 'dọc', { rowspan: 2 }), cell('tableCell', 'a')] },
            { type: 'tableRow', content: [cell('tableCell', 'b')] },
            { type: 'tableRow', content: [cell('tableCell', 'ngang', { colspan: 2 })] },
          ],
        },
      ],
    };
    const xml = documentXml(await written(doc));
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(2);
  });
});
