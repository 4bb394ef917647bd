import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  type NumberingDefinition,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FONT_PT, RICH_TEXT_MARKS, type RichTextDoc, TEXT_WIDTH_MM } from '../model/index.js';
import { spanOf, tableGrid } from '../model/rich-text-validate-table.js';
import { mmToTwip } from './docx-units.js';

// The minutes' rich text as Word paragraphs: walks only the nodes and marks of
// db/model/rich-text.ts (anything else gives only its text), writes every text as a text run
// (a pasted "<img onerror=…>" is only those characters in Word). Body paragraphs are
// justified with a first-line indent and 6 pt after, as NĐ 30/2020 asks.

/** The stored JSON, trusted for nothing: each field is checked where it is read. */
interface AnyNode {
  type?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  text?: unknown;
  marks?: unknown;
}

/** Deeper than this (the validator allows 12) is not walked: its text is dropped, never a crash. */
const MAX_DEPTH = 40;
/** First-line indent 1.27 cm; 6 pt after each paragraph. */
export const BODY_INDENT_TWIP = mmToTwip(12.7);
export const BODY_AFTER_TWIP = 120;

const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const LIST_FORMAT: Record<string, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  '1': LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
};
const HEADING_PT: Record<number, number> = { 1: FONT_PT.title, 2: FONT_PT.body, 3: FONT_PT.body };

const childrenOf = (node: AnyNode): AnyNode[] =>
  Array.isArray(node.content) ? node.content.filter((c): c is AnyNode => typeof c === 'object' && c !== null) : [];

const markSet = (node: AnyNode): Set<string> =>
  new Set(
    (Array.isArray(node.marks) ? node.marks : [])
      .map((m) => (m as { type?: unknown } | null)?.type)
      .filter((t): t is string => typeof t === 'string' && (RICH_TEXT_MARKS as readonly string[]).includes(t)),
  );

/** Every text under a node, as plain text (for what the model does not know). */
function plainText(node: AnyNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  return (typeof node.text === 'string' ? node.text : '') + childrenOf(node).map((c) => plainText(c, depth + 1)).join('');
}

interface Ctx {
  /** Ordered lists met so far: each gets its own numbering instance (restarts at its start). */
  lists: number;
}

/** The runs of an inline content: text with its marks, hard breaks; anything else as its plain text. */
function runs(node: AnyNode, size?: number, bold?: boolean): TextRun[] {
  return childrenOf(node).map((child) => {
    if (child.type === 'hardBreak') return new TextRun({ break: 1 });
    if (child.type === 'text') {
      const marks = markSet(child);
      return new TextRun({
        text: typeof child.text === 'string' ? child.text : '',
        bold: bold || marks.has('bold'),
        italics: marks.has('italic'),
        underline: marks.has('underline') ? {} : undefined,
        size: size === undefined ? undefined : size * 2,
      });
    }
    return new TextRun({ text: plainText(child), size: size === undefined ? undefined : size * 2 });
  });
}

const alignOf = (node: AnyNode, fallback: (typeof AlignmentType)[keyof typeof AlignmentType]) => {
  const a = node.attrs?.textAlign;
  return typeof a === 'string' && a in ALIGN ? (ALIGN[a] as typeof fallback) : fallback;
};

function bodyParagraph(node: AnyNode): Paragraph {
  return new Paragraph({
    alignment: alignOf(node, AlignmentType.JUSTIFIED),
    indent: { firstLine: BODY_INDENT_TWIP },
    spacing: { after: BODY_AFTER_TWIP },
    children: runs(node),
  });
}

function heading(node: AnyNode): Paragraph {
  const level = [1, 2, 3].includes(node.attrs?.level as number) ? (node.attrs?.level as number) : 3;
  return new Paragraph({
    alignment: alignOf(node, level === 1 ? AlignmentType.CENTER : AlignmentType.JUSTIFIED),
    indent: level === 1 ? undefined : { firstLine: BODY_INDENT_TWIP },
    spacing: { before: BODY_AFTER_TWIP, after: BODY_AFTER_TWIP },
    keepNext: true,
    children: runs(node, HEADING_PT[level], true),
  });
}

function numberingOf(ordered: boolean, node: AnyNode): NumberingDefinition {
  const type = typeof node.attrs?.type === 'string' && node.attrs.type in LIST_FORMAT ? node.attrs.type : '1';
  const start = Number.isInteger(node.attrs?.start) && (node.attrs?.start as number) >= 0 ? (node.attrs?.start as number) : 1;
  const levels = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? (LIST_FORMAT[type] ?? LevelFormat.DECIMAL) : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : '-',
    start: ordered ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: BODY_INDENT_TWIP + mmToTwip(6) * (level + 1), hanging: mmToTwip(6) } } },
  }));
  return { reference: ordered ? `minutes-ol-${type}-${start}` : 'minutes-ul', levels };
}

/** A list: each item's first paragraph carries the number; its other blocks follow, nested lists one level down. */
function list(node: AnyNode, ctx: Ctx, level: number, depth: number): Array<Paragraph | Table> {
  if (depth > MAX_DEPTH) return [];
  const ordered = node.type === 'orderedList';
  const reference = numberingOf(ordered, node);
  const instance = ++ctx.lists;
  const out: Array<Paragraph | Table> = [];
  for (const item of childrenOf(node)) {
    let first = true;
    for (const block of childrenOf(item)) {
      if (first && (block.type === 'paragraph' || block.type === 'heading')) {
        out.push(
          new Paragraph({
            alignment: alignOf(block, AlignmentType.JUSTIFIED),
            numbering: { reference, level: Math.min(level, 8), instance },
            spacing: { after: BODY_AFTER_TWIP / 2 },
            children: runs(block),
          }),
        );
      } else if (block.type === 'bulletList' || block.type === 'orderedList') {
        out.push(...list(block, ctx, level + 1, depth + 1));
      } else {
        out.push(...blocks([block], ctx, depth + 1, level + 1));
      }
      first = false;
    }
  }
  return out;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(node: AnyNode, ctx: Ctx, depth: number): Table {
  const rows = childrenOf(node).filter((r) => r.type === 'tableRow');
  // The spans are kept only when the grid they make fits the validator's limits; a (forged)
  // table that does not is drawn cell by cell without spans, so Word never lays out millions of cells.
  const spans = rows.map((r) => childrenOf(r).map((c) => ({ colspan: spanOf(c.attrs, 'colspan'), rowspan: spanOf(c.attrs, 'rowspan') })));
  const grid = tableGrid(spans);
  const span = (c: AnyNode, name: 'colspan' | 'rowspan') => {
    const v = grid.ok ? spanOf(c.attrs, name) : 1;
    return v > 1 ? v : undefined;
  };
  const columns = grid.ok ? Math.max(1, grid.columns) : Math.max(1, ...spans.map((r) => r.length));
  const width = Math.floor(mmToTwip(TEXT_WIDTH_MM) / columns);
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: childrenOf(row).map((c) => {
            const header = c.type === 'tableHeader';
            const inner = childrenOf(c).flatMap((b) =>
              b.type === 'paragraph' || b.type === 'heading'
                ? [new Paragraph({ alignment: alignOf(b, header ? AlignmentType.CENTER : AlignmentType.LEFT), children: runs(b, FONT_PT.table, header) })]
                : blocks([b], ctx, depth + 1, 0),
            );
            return new TableCell({
              columnSpan: span(c, 'colspan'),
              rowSpan: span(c, 'rowspan'),
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: inner.length > 0 ? inner : [new Paragraph({ children: [] })],
            });
          }),
        }),
    ),
  });
}

function blocks(nodes: AnyNode[], ctx: Ctx, depth: number, level = 0): Array<Paragraph | Table> {
  if (depth > MAX_DEPTH) return [];
  return nodes.flatMap((node): Array<Paragraph | Table> => {
    switch (node.type) {
      case 'paragraph':
        return [bodyParagraph(node)];
      case 'heading':
        return [heading(node)];
      case 'bulletList':
      case 'orderedList':
        return list(node, ctx, level, depth);
      case 'table':
        // Word needs a paragraph between two tables, or it joins them.
        return [table(node, ctx, depth), new Paragraph({ spacing: { after: BODY_AFTER_TWIP }, children: [] })];
      default: {
        // A node the model does not know: only its text, as text.
        const text = plainText(node, depth);
        return text ? [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY_INDENT_TWIP }, children: [new TextRun({ text })] })] : [];
      }
    }
  });
}

/** The body of a rich-text document as Word blocks (paragraphs, lists, tables). */
export function richTextToDocx(doc: RichTextDoc | unknown): Array<Paragraph | Table> {
  if (typeof doc !== 'object' || doc === null) return [];
  const root = doc as AnyNode;
  return blocks(root.type === 'doc' ? childrenOf(root) : [root], { lists: 0 }, 0);
}
