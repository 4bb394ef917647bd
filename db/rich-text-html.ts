// Safe rich-text HTML in Node (print, export, tests): DOMPurify bound to a jsdom window —
// never happy-dom, where DOMPurify keeps <script> and onerror. The browser binds its own
// window (renderer/ui/rich-text/safe-html.ts); both call the one builder in db/model.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { type HtmlSanitizer, type RichTextDoc, safeRichTextHtml } from './model/index.js';

let purifier: HtmlSanitizer | null = null;

/** DOMPurify on one jsdom window, made on first use. */
export function nodePurifier(): HtmlSanitizer {
  if (!purifier) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    if (!purify.isSupported) throw new Error('DOMPurify is not supported on this DOM');
    purifier = purify as unknown as HtmlSanitizer;
  }
  return purifier;
}

export function richTextHtmlNode(doc: RichTextDoc | unknown): string {
  return safeRichTextHtml(doc, nodePurifier());
}
