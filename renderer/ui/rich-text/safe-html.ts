import DOMPurify from 'dompurify';
import { type HtmlSanitizer, safeRichTextHtml } from '../../../electron/contract';

// The browser's binding of the one safe-HTML builder (db/model/rich-text-html.ts): DOMPurify
// on the page's own window. Node binds jsdom (db/rich-text-html.ts).
const purifier = DOMPurify(window) as unknown as HtmlSanitizer;

/** HTML for a rich-text document: built from the JSON, every text escaped, sanitized last. */
export function richTextHtml(doc: unknown): string {
  return safeRichTextHtml(doc, purifier);
}
