import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RICH_TEXT_HTML_ATTRS, RICH_TEXT_HTML_TAGS, richTextToHtml, validateRichText } from './model/index.js';
import { nodePurifier, richTextHtmlNode } from './rich-text-html.js';
import { XSS_CANARY, XSS_FOREIGN_DOCS, XSS_PAYLOADS } from './rich-text-xss.js';

const p = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });

/** Every element and attribute of the HTML outside the allow-list, as "tag" / "tag@attr". */
function foreign(html: string): string[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const out: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!(RICH_TEXT_HTML_TAGS as readonly string[]).includes(tag)) out.push(tag);
    for (const attr of el.attributes) if (!(RICH_TEXT_HTML_ATTRS as readonly string[]).includes(attr.name)) out.push(`${tag}@${attr.name}`);
    const cls = el.getAttribute('class');
    if (cls !== null && !/^rt-align-(center|right|justify)$/.test(cls)) out.push(`${tag}.${cls}`);
  }
  return out;
}
const textOf = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.textContent;

describe('safe rich-text HTML', () => {
  it('renders the allowed nodes and marks as their elements', () => {
    const html = richTextHtmlNode({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Kết luận' }] },
        p('đậm nghiêng', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [{ type: 'listItem', content: [p('một')] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2, rowspan: 1, colwidth: null, align: 'center' }, content: [p('ô')] }] }] },
      ],
    });
    expect(html).toBe(
      '<h2 class="rt-align-center">Kết luận</h2><p><em><strong>đậm nghiêng</strong></em></p><ol start="3" type="a"><li><p>một</p></li></ol>' +
        '<table><tbody><tr><th colspan="2" class="rt-align-center"><p>ô</p></th></tr></tbody></table>',
    );
  });

  it('has at least 30 payloads in the corpus', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(XSS_PAYLOADS.map((payload) => [payload]))('shows %s as text, with no element or attribute beyond the allow-list', (payload) => {
    for (const marks of [undefined, [{ type: 'bold' }]]) {
      const html = richTextHtmlNode({ type: 'doc', content: [p(payload, marks), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(payload)] }] }] }] });
      expect(foreign(html)).toEqual([]);
      expect(textOf(html)).toBe(payload + payload);
    }
  });

  it.each(XSS_FOREIGN_DOCS.map((doc) => [JSON.stringify(doc), doc]))('refuses the foreign document %s and never turns it into markup', (_name, doc) => {
    expect(validateRichText(doc).ok).toBe(false);
    const html = richTextHtmlNode(doc);
    expect(foreign(html)).toEqual([]);
    expect(html).not.toMatch(/<(?!\/?(p|h[1-3]|strong|em|u|br|ul|ol|li|table|tbody|tr|th|td)\b)[a-z]/i);
  });

  it('strips what the builder never makes even if raw HTML reached the sanitizer (last line of defence)', () => {
    for (const payload of XSS_PAYLOADS) {
      const html = nodePurifier().sanitize(payload, { ALLOWED_TAGS: [...RICH_TEXT_HTML_TAGS], ALLOWED_ATTR: [...RICH_TEXT_HTML_ATTRS] } as never);
      expect(foreign(html), payload).toEqual([]);
    }
  });

  it('runs no payload when the HTML is put into a live DOM that runs scripts', async () => {
    const all = XSS_PAYLOADS.map((payload) => p(payload));
    const html = richTextHtmlNode({ type: 'doc', content: all });
    const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'dangerously', resources: 'usable' });
    dom.window.document.body.innerHTML = html;
    for (const el of dom.window.document.body.querySelectorAll('*')) el.dispatchEvent(new dom.window.Event('click'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((dom.window as unknown as Record<string, unknown>)[XSS_CANARY]).toBeUndefined();
    dom.window.close();
  });
});

describe('the unsanitized builder alone', () => {
  it('escapes every text: the payloads never become markup even before sanitizing', () => {
    for (const payload of XSS_PAYLOADS) expect(foreign(richTextToHtml({ type: 'doc', content: [p(payload)] }))).toEqual([]);
  });
});
