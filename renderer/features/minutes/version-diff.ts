import { diffArrays, diffWords } from 'diff';
import type { RichTextDoc, RichTextNode } from '../../../electron/contract';

/** A run of text on one side of the compare: unchanged, or only on that side. */
export interface DiffSegment {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/** One block of a document as the compare sees it: its kind and its plain text. */
export interface DiffBlock {
  kind: 'paragraph' | 'heading' | 'listItem' | 'tableRow';
  text: string;
}

/** A row of the side-by-side compare: the block on the left, the block on the right (null: none there). */
export interface DiffRow {
  left: { kind: DiffBlock['kind']; segments: DiffSegment[] } | null;
  right: { kind: DiffBlock['kind']; segments: DiffSegment[] } | null;
  changed: boolean;
}

function inlineText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/**
 * The blocks of a document in reading order: paragraphs, headings, each list item (its own
 * paragraphs joined; nested lists give their own items) and each table row (cells joined by " | ").
 */
export function docBlocks(doc: RichTextDoc): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  const walk = (node: RichTextNode) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push({ kind: node.type, text: inlineText(node) });
        return;
      case 'listItem': {
        const own = (node.content ?? []).filter((c) => c.type === 'paragraph' || c.type === 'heading');
        blocks.push({ kind: 'listItem', text: own.map(inlineText).join('\n') });
        for (const c of node.content ?? []) if (c.type === 'bulletList' || c.type === 'orderedList') walk(c);
        return;
      }
      case 'tableRow':
        blocks.push({ kind: 'tableRow', text: (node.content ?? []).map((cell) => (cell.content ?? []).map(inlineText).join('\n')).join(' | ') });
        return;
      default:
        for (const c of node.content ?? []) walk(c);
    }
  };
  walk(doc);
  // An empty paragraph (a blank line) says nothing to compare.
  return blocks.filter((b) => b.text.trim() !== '' || b.kind === 'tableRow');
}

/** Word-level differences between two texts, as the left side's and the right side's runs. */
export function wordDiff(left: string, right: string): { left: DiffSegment[]; right: DiffSegment[] } {
  const out = { left: [] as DiffSegment[], right: [] as DiffSegment[] };
  for (const part of diffWords(left, right)) {
    if (part.added) out.right.push({ text: part.value, change: 'added' });
    else if (part.removed) out.left.push({ text: part.value, change: 'removed' });
    else {
      out.left.push({ text: part.value, change: 'same' });
      out.right.push({ text: part.value, change: 'same' });
    }
  }
  return out;
}

const whole = (b: DiffBlock, change: DiffSegment['change']) => ({ kind: b.kind, segments: [{ text: b.text, change }] });

/**
 * Two lists of blocks aligned row by row: equal blocks side by side; where blocks were
 * replaced, the removed and added ones paired in order and compared word by word; the rest
 * alone on their side.
 */
export function alignBlocks(left: DiffBlock[], right: DiffBlock[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: DiffBlock[] = [];
  const flush = (added: DiffBlock[]) => {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      const l = removed[i];
      const r = added[i];
      if (l && r) {
        const d = wordDiff(l.text, r.text);
        rows.push({ left: { kind: l.kind, segments: d.left }, right: { kind: r.kind, segments: d.right }, changed: true });
      } else if (l) rows.push({ left: whole(l, 'removed'), right: null, changed: true });
      else if (r) rows.push({ left: null, right: whole(r, 'added'), changed: true });
    }
    removed = [];
  };
  const parts = diffArrays(left, right, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
  for (const part of parts) {
    if (part.removed) {
      removed.push(...part.value);
    } else if (part.added) {
      flush(part.value);
    } else {
      flush([]);
      for (const b of part.value) rows.push({ left: whole(b, 'same'), right: whole(b, 'same'), changed: false });
    }
  }
  flush([]);
  return rows;
}

/** The two documents' bodies as compare rows. */
export function diffDocs(left: RichTextDoc, right: RichTextDoc): DiffRow[] {
  return alignBlocks(docBlocks(left), docBlocks(right));
}
