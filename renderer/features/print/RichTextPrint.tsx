import type { ReactNode } from 'react';
import { RICH_TEXT_ALIGNMENTS, RICH_TEXT_MARKS, RICH_TEXT_NODES, type RichTextDoc } from '../../../electron/contract';

// The minutes' body on the printed page, built as React elements from the editor JSON: only
// the nodes and marks of db/model/rich-text.ts, every text a text node (React escapes it), no
// HTML string anywhere (never dangerouslySetInnerHTML). A node the model does not know shows
// only its text. The Word file walks the same nodes (db/documents/rich-text-docx.ts).

interface AnyNode {
  type?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  text?: unknown;
  marks?: unknown;
}

const MAX_DEPTH = 40;
const LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);
const KNOWN = new Set<unknown>(RICH_TEXT_NODES);

const childrenOf = (node: AnyNode): AnyNode[] =>
  Array.isArray(node.content) ? node.content.filter((c): c is AnyNode => typeof c === 'object' && c !== null) : [];

function plainText(node: AnyNode, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  return (typeof node.text === 'string' ? node.text : '') + childrenOf(node).map((c) => plainText(c, depth + 1)).join('');
}

/** The class of a paragraph's alignment ("rt-align-center"); the left default has none. */
function alignClass(node: AnyNode, base: string): string {
  const a = node.attrs?.textAlign;
  return typeof a === 'string' && a !== 'left' && (RICH_TEXT_ALIGNMENTS as readonly string[]).includes(a) ? `${base} rt-align-${a}` : base;
}

const span = (v: unknown) => (Number.isInteger(v) && (v as number) > 1 && (v as number) <= 1000 ? (v as number) : undefined);

function textNode(node: AnyNode, key: number): ReactNode {
  let out: ReactNode = typeof node.text === 'string' ? node.text : '';
  const marks = new Set(
    (Array.isArray(node.marks) ? node.marks : []).map((m) => (m as { type?: unknown } | null)?.type).filter((t) => (RICH_TEXT_MARKS as readonly unknown[]).includes(t)),
  );
  if (marks.has('underline')) out = <u>{out}</u>;
  if (marks.has('italic')) out = <em>{out}</em>;
  if (marks.has('bold')) out = <strong>{out}</strong>;
  return <span key={key}>{out}</span>;
}

function nodes(list: AnyNode[], depth: number): ReactNode[] {
  return list.map((n, i) => node(n, i, depth));
}

/** The document's blocks: one the model does not know is a paragraph of its text. */
function blocks(list: AnyNode[]): ReactNode[] {
  return list.map((n, i) => {
    if (KNOWN.has(n.type)) return node(n, i, 0);
    const text = plainText(n, 0);
    return text ? (
      <p key={i} className="rt-p">
        {text}
      </p>
    ) : null;
  });
}

function node(n: AnyNode, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) return null;
  const inner = () => nodes(childrenOf(n), depth + 1);
  switch (n.type) {
    case 'text':
      return textNode(n, key);
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      // A line ending in ":" announces what follows (a list, a table): printed with it (rt-lead).
      return (
        <p key={key} className={alignClass(n, /:\s*$/.test(plainText(n, depth)) ? 'rt-p rt-lead' : 'rt-p')}>
          {inner()}
        </p>
      );
    case 'heading': {
      const level = [1, 2, 3].includes(n.attrs?.level as number) ? (n.attrs?.level as number) : 3;
      // h1 is the document's title: the body's headings start at h2.
      const Tag = (['h2', 'h3', 'h4'] as const)[level - 1] as 'h2' | 'h3' | 'h4';
      return (
        <Tag key={key} className={alignClass(n, `rt-heading rt-h${level}`)}>
          {inner()}
        </Tag>
      );
    }
    case 'bulletList':
      return (
        <ul key={key} className="rt-list">
          {inner()}
        </ul>
      );
    case 'orderedList': {
      const start = Number.isInteger(n.attrs?.start) ? (n.attrs?.start as number) : undefined;
      const type = typeof n.attrs?.type === 'string' && LIST_TYPES.has(n.attrs.type) ? (n.attrs.type as '1' | 'a' | 'A' | 'i' | 'I') : undefined;
      return (
        <ol key={key} className="rt-list" start={start} type={type}>
          {inner()}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{inner()}</li>;
    case 'table': {
      // The leading rows made only of header cells are the table's head: repeated on each page.
      const rows = childrenOf(n);
      const isHead = (r: AnyNode) => r.type === 'tableRow' && childrenOf(r).length > 0 && childrenOf(r).every((c) => c.type === 'tableHeader');
      let heads = 0;
      while (heads < rows.length - 1 && isHead(rows[heads] as AnyNode)) heads++;
      return (
        <table key={key} className="rt-table">
          {heads > 0 && <thead>{nodes(rows.slice(0, heads), depth + 1)}</thead>}
          <tbody>{nodes(rows.slice(heads), depth + 1)}</tbody>
        </table>
      );
    }
    case 'tableRow':
      return <tr key={key}>{inner()}</tr>;
    case 'tableHeader':
      return (
        <th key={key} colSpan={span(n.attrs?.colspan)} rowSpan={span(n.attrs?.rowspan)}>
          {inner()}
        </th>
      );
    case 'tableCell':
      return (
        <td key={key} colSpan={span(n.attrs?.colspan)} rowSpan={span(n.attrs?.rowspan)}>
          {inner()}
        </td>
      );
    default: {
      // Not in the model: its text only, as text.
      const text = plainText(n, depth);
      return text ? <span key={key}>{text}</span> : null;
    }
  }
}

/** The body of the minutes as printed. */
export function RichTextPrint({ doc }: { doc: RichTextDoc }) {
  const root = doc as AnyNode;
  return <div className="rt-body">{blocks(root.type === 'doc' ? childrenOf(root) : [root])}</div>;
}
