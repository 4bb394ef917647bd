// The one way HTML is made from rich text (screen, print, versions compare): walk only the
// allowed nodes and marks, escape every text, write no attribute but a few numbers and a
// class from a fixed list, then sanitize last with DOMPurify on the allow-list below. The
// caller passes DOMPurify bound to a real DOM: the browser's window, or jsdom in Node
// (db/rich-text-html.ts) — never happy-dom, where DOMPurify does not sanitize.
import { RICH_TEXT_ALIGNMENTS, RICH_TEXT_LIST_TYPES, type RichTextDoc } from './rich-text.js';

/** The only elements the HTML may hold. */
export const RICH_TEXT_HTML_TAGS = ['p', 'h1', 'h2', 'h3', 'strong', 'em', 'u', 'br', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'th', 'td'] as const;
/** The only attributes (values written by richTextToHtml alone: numbers and rt-align-* classes). */
export const RICH_TEXT_HTML_ATTRS = ['start', 'type', 'colspan', 'rowspan', 'class'] as const;

/** DOMPurify's options for rich text: the allow-lists above and nothing else. */
export const RICH_TEXT_PURIFY_CONFIG = {
  ALLOWED_TAGS: [...RICH_TEXT_HTML_TAGS],
  ALLOWED_ATTR: [...RICH_TEXT_HTML_ATTRS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
} as const;

/** What of DOMPurify this needs (a structural type: db/model imports nothing). */
export interface HtmlSanitizer {
  sanitize(html: string, config: typeof RICH_TEXT_PURIFY_CONFIG): string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

interface AnyNode {
  type?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  text?: unknown;
  marks?: unknown;
}

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u' };
const intAttr = (name: string, v: unknown, min: number, max: number, skip?: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max && v !== skip ? ` ${name}="${v}"` : '';
const alignClass = (attrs: AnyNode['attrs'], name = 'textAlign') => {
  const a = attrs?.[name];
  return typeof a === 'string' && (RICH_TEXT_ALIGNMENTS as readonly string[]).includes(a) && a !== 'left' ? ` class="rt-align-${a}"` : '';
};

function children(node: AnyNode): string {
  return Array.isArray(node.content) ? node.content.map((c) => nodeHtml(c as AnyNode)).join('') : '';
}

function textHtml(node: AnyNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
  const marks = Array.isArray(node.marks) ? node.marks : [];
  for (const mark of marks) {
    const tag = MARK_TAGS[(mark as { type?: string } | null)?.type ?? ''];
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/**
 * HTML of one node. A node of a type the model does not know (which the validator refuses,
 * but this never trusts it) shows only its text, escaped, and its children's.
 */
function nodeHtml(node: AnyNode): string {
  if (typeof node !== 'object' || node === null) return '';
  switch (node.type) {
    case 'doc':
      return children(node);
    case 'text':
      return textHtml(node);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p${alignClass(node.attrs)}>${children(node)}</p>`;
    case 'heading': {
      const level = [1, 2, 3].includes(node.attrs?.level as number) ? (node.attrs?.level as number) : 3;
      return `<h${level}${alignClass(node.attrs)}>${children(node)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList': {
      const type = node.attrs?.type;
      const typeAttr = typeof type === 'string' && (RICH_TEXT_LIST_TYPES as readonly string[]).includes(type) ? ` type="${type}"` : '';
      return `<ol${intAttr('start', node.attrs?.start, 0, 100_000, 1)}${typeAttr}>${children(node)}</ol>`;
    }
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'table':
      return `<table><tbody>${children(node)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${children(node)}</tr>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const span = intAttr('colspan', node.attrs?.colspan, 1, 100, 1) + intAttr('rowspan', node.attrs?.rowspan, 1, 1000, 1);
      return `<${tag}${span}${alignClass(node.attrs, 'align')}>${children(node)}</${tag}>`;
    }
    default:
      return (typeof node.text === 'string' ? escapeHtml(node.text) : '') + children(node);
  }
}

/** HTML built from the document alone, every text escaped (not yet sanitized: use safeRichTextHtml). */
export function richTextToHtml(doc: RichTextDoc | unknown): string {
  return nodeHtml(doc as AnyNode);
}

/** The HTML every view shows: built from the JSON, then sanitized last on the allow-list. */
export function safeRichTextHtml(doc: RichTextDoc | unknown, purifier: HtmlSanitizer): string {
  return purifier.sanitize(richTextToHtml(doc), RICH_TEXT_PURIFY_CONFIG);
}
