// The gate every stored rich text passes (the contract's schema and the core both call it):
// only the nodes, marks and attributes of rich-text.ts, nested as the editor nests them,
// within RICH_TEXT_LIMITS. Anything else is refused with a typed error naming where.
import {
  RICH_TEXT_ALIGNMENTS,
  RICH_TEXT_HEADING_LEVELS,
  RICH_TEXT_LIMITS,
  RICH_TEXT_LIST_TYPES,
  RICH_TEXT_MARKS,
  RICH_TEXT_NODES,
  type RichTextDoc,
  type RichTextNodeType,
} from './rich-text.js';
import { spanOf, tableGrid } from './rich-text-validate-table.js';
import { normalizeText, textProblem } from './text.js';

export const RICH_TEXT_ERRORS = [
  'not_a_doc',
  'not_an_object',
  'unknown_node',
  'unknown_key',
  'unknown_mark',
  'unknown_attribute',
  'bad_attribute',
  'text_on_non_text',
  'text_missing',
  'bad_text',
  'content_on_leaf',
  'marks_not_allowed',
  'duplicate_mark',
  'wrong_nesting',
  'too_deep',
  'too_many_nodes',
  'too_much_text',
  'table_too_large',
] as const;
export type RichTextErrorCode = (typeof RICH_TEXT_ERRORS)[number];

export interface RichTextError {
  code: RichTextErrorCode;
  /** Where, as "content.0.content.2.marks.0" (empty for the document itself). */
  path: string;
}

export type RichTextValidation = { ok: true; doc: RichTextDoc } | { ok: false; error: RichTextError };

const BLOCKS: readonly RichTextNodeType[] = ['paragraph', 'heading', 'bulletList', 'orderedList', 'table'];
const INLINES: readonly RichTextNodeType[] = ['text', 'hardBreak'];

/** What each node may hold: the allowed children, whether at least one is required, and a first-child rule. */
const CONTENT: Record<RichTextNodeType, { children: readonly RichTextNodeType[]; min: number; first?: RichTextNodeType } | null> = {
  doc: { children: BLOCKS, min: 1 },
  paragraph: { children: INLINES, min: 0 },
  heading: { children: INLINES, min: 0 },
  text: null,
  hardBreak: null,
  bulletList: { children: ['listItem'], min: 1 },
  orderedList: { children: ['listItem'], min: 1 },
  listItem: { children: BLOCKS, min: 1, first: 'paragraph' },
  table: { children: ['tableRow'], min: 1 },
  tableRow: { children: ['tableCell', 'tableHeader'], min: 1 },
  tableHeader: { children: BLOCKS, min: 1 },
  tableCell: { children: BLOCKS, min: 1 },
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const oneOf = (list: readonly unknown[]) => (v: unknown) => v === null || v === undefined || list.includes(v);
const cellAttrs: Record<string, (v: unknown) => boolean> = {
  colspan: (v) => isInt(v, 1, 100),
  rowspan: (v) => isInt(v, 1, 1000),
  colwidth: (v) => v === null || (Array.isArray(v) && v.length <= 100 && v.every((w) => isInt(w, 1, 10_000))),
  align: oneOf(RICH_TEXT_ALIGNMENTS),
};
const align = { textAlign: oneOf(RICH_TEXT_ALIGNMENTS) };

/** The attributes each node may carry, each with its check. */
const ATTRS: Partial<Record<RichTextNodeType, Record<string, (v: unknown) => boolean>>> = {
  paragraph: align,
  heading: { ...align, level: (v) => (RICH_TEXT_HEADING_LEVELS as readonly unknown[]).includes(v) },
  orderedList: { start: (v) => isInt(v, 0, 100_000), type: oneOf(RICH_TEXT_LIST_TYPES) },
  tableCell: cellAttrs,
  tableHeader: cellAttrs,
};

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'text', 'marks']);
/** A value the object holds itself, never one it inherits (the wire's "__proto__" or "constructor" is just a name). */
const own = <V>(object: Partial<Record<string, V>>, key: string): V | undefined => (Object.hasOwn(object, key) ? object[key] : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Refused extends Error {
  constructor(readonly detail: RichTextError) {
    super(detail.code);
  }
}

/** Checks a document against the model; the accepted value is the document as given. */
export function validateRichText(value: unknown): RichTextValidation {
  const counts = { nodes: 0, chars: 0 };
  const fail = (code: RichTextErrorCode, path: string[]): never => {
    throw new Refused({ code, path: path.join('.') });
  };

  const checkMarks = (marks: unknown, path: string[]) => {
    if (!Array.isArray(marks)) fail('unknown_mark', path);
    const seen = new Set<unknown>();
    (marks as unknown[]).forEach((mark, i) => {
      const at = [...path, String(i)];
      if (!isObject(mark)) return fail('not_an_object', at);
      if (!(RICH_TEXT_MARKS as readonly unknown[]).includes(mark.type)) fail('unknown_mark', at);
      for (const key of Object.keys(mark)) {
        if (key === 'type') continue;
        if (key === 'attrs' && isObject(mark.attrs) && Object.keys(mark.attrs).length === 0) continue;
        fail(key === 'attrs' ? 'unknown_attribute' : 'unknown_key', [...at, key]);
      }
      if (seen.has(mark.type)) fail('duplicate_mark', at);
      seen.add(mark.type);
    });
  };

  const walk = (node: unknown, path: string[], depth: number, allowed: readonly RichTextNodeType[]): void => {
    if (!isObject(node)) return fail('not_an_object', path);
    if (depth > RICH_TEXT_LIMITS.maxDepth) fail('too_deep', path);
    if (++counts.nodes > RICH_TEXT_LIMITS.maxNodes) fail('too_many_nodes', path);
    const type = node.type as RichTextNodeType;
    if (typeof type !== 'string' || !(RICH_TEXT_NODES as readonly string[]).includes(type)) fail('unknown_node', [...path, 'type']);
    if (!allowed.includes(type)) fail('wrong_nesting', path);
    for (const key of Object.keys(node)) if (!NODE_KEYS.has(key)) fail('unknown_key', [...path, key]);

    if (node.attrs !== undefined) {
      if (!isObject(node.attrs)) fail('bad_attribute', [...path, 'attrs']);
      const rules = own(ATTRS, type);
      for (const [key, v] of Object.entries(node.attrs as Record<string, unknown>)) {
        // Own properties only: "__proto__", "constructor", "toString"… are names like any other.
        const rule = rules ? own(rules, key) : undefined;
        if (typeof rule !== 'function') fail('unknown_attribute', [...path, 'attrs', key]);
        else if (!rule(v)) fail('bad_attribute', [...path, 'attrs', key]);
      }
    }
    if (type === 'heading' && !isObject(node.attrs)) fail('bad_attribute', [...path, 'attrs']);

    if (type === 'text') {
      if (typeof node.text !== 'string' || node.text.length === 0) fail('text_missing', [...path, 'text']);
      const text = node.text as string;
      // One rule for all text (model/text.ts): no controls but tab, no line breaks (hardBreak), nothing hidden.
      if (textProblem(text, { inline: true }) !== null) fail('bad_text', [...path, 'text']);
      counts.chars += text.length;
      if (counts.chars > RICH_TEXT_LIMITS.maxTextChars) fail('too_much_text', [...path, 'text']);
    } else if (node.text !== undefined) fail('text_on_non_text', [...path, 'text']);

    if (node.marks !== undefined) {
      if (type !== 'text' && type !== 'hardBreak') fail('marks_not_allowed', [...path, 'marks']);
      checkMarks(node.marks, [...path, 'marks']);
    }

    const rule = own(CONTENT, type);
    if (rule === undefined) return fail('unknown_node', [...path, 'type']);
    if (rule === null) {
      if (node.content !== undefined) fail('content_on_leaf', [...path, 'content']);
      return;
    }
    const content = node.content ?? [];
    if (!Array.isArray(content)) return fail('wrong_nesting', [...path, 'content']);
    if (content.length < rule.min) fail('wrong_nesting', [...path, 'content']);
    content.forEach((child, i) => {
      const at = [...path, 'content', String(i)];
      const only = i === 0 && rule.first ? [rule.first] : rule.children;
      walk(child, at, depth + 1, only);
    });
    if (type === 'table') {
      // Bounded as a grid too, so the print view and Word never lay out a table of millions of cells.
      const rows = (content as Array<{ content?: Array<{ attrs?: unknown }> }>).map((row) =>
        (row.content ?? []).map((cell) => ({ colspan: spanOf(cell.attrs, 'colspan'), rowspan: spanOf(cell.attrs, 'rowspan') })),
      );
      const grid = tableGrid(rows);
      if (!grid.ok) fail('table_too_large', [...path, 'content', String(grid.row), ...(grid.cell === null ? [] : ['content', String(grid.cell)])]);
    }
  };

  try {
    if (!isObject(value) || value.type !== 'doc') return { ok: false, error: { code: 'not_a_doc', path: '' } };
    walk(value, [], 0, ['doc']);
    return { ok: true, doc: value as unknown as RichTextDoc };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.detail };
    throw e;
  }
}

/** The plain text of a document, its blocks joined by new lines (for a diff, a search index, a summary). */
export function richTextPlain(doc: RichTextDoc): string[] {
  const blocks: string[] = [];
  const inline = (n: { type: string; text?: string; content?: unknown[] }): string =>
    n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : ((n.content ?? []) as Array<typeof n>).map(inline).join('');
  const walk = (n: { type: string; content?: unknown[] }) => {
    if (n.type === 'paragraph' || n.type === 'heading') blocks.push(inline(n));
    else for (const c of (n.content ?? []) as Array<typeof n>) walk(c);
  };
  walk(doc);
  return blocks;
}

/** The stored form of an accepted document: every text node in NFC, as every other text field is stored. */
export function normalizeRichText(doc: RichTextDoc): RichTextDoc {
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const n = node as { text?: unknown; content?: unknown };
    const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
    if (typeof n.text === 'string') out.text = normalizeText(n.text);
    if (Array.isArray(n.content)) out.content = n.content.map(walk);
    return out;
  };
  return walk(doc) as RichTextDoc;
}
