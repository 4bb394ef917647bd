// The starting text of a notice made from a meeting: the conclusion part of its minutes.
// Pure: imports only this folder.
import type { ConclusionItemText } from './conclusions.js';
import { fold } from './fold.js';
import type { RichTextDoc, RichTextNode } from './rich-text.js';

/** The plain text of a node: its text nodes joined, a line break as a space, spaces folded. */
export function plainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(plainText).join('').replace(/\s+/g, ' ').trim();
}

/** "1. ", "a) ", "- ", "+ ", "• " at the start of a line the clerk numbered by hand. */
const NUMBERING = /^\s*(?:\d{1,3}[.)]|[a-zđ][.)]|[-+–•*])\s+/iu;
/** A sub-point: "a) " or a bullet. */
const BULLET = /^\s*(?:[a-zđ]\)|[-+–•*])\s+/iu;

/** A list item's first paragraph is the directive; its nested lists and other paragraphs are its sub-points. */
function fromListItem(li: RichTextNode): ConclusionItemText {
  const blocks = li.content ?? [];
  const [first, ...rest] = blocks;
  const text = first && first.type !== 'bulletList' && first.type !== 'orderedList' ? plainText(first) : '';
  const subPoints: string[] = [];
  for (const b of first && text === '' ? blocks : rest) {
    if (b.type === 'bulletList' || b.type === 'orderedList') {
      for (const sub of b.content ?? []) subPoints.push(plainText(sub).replace(NUMBERING, ''));
    } else subPoints.push(plainText(b).replace(NUMBERING, ''));
  }
  return { text: text.replace(NUMBERING, ''), subPoints: subPoints.filter((s) => s !== '') };
}

const isConclusionHeading = (n: RichTextNode) => n.type === 'heading' && fold(plainText(n)).includes('ket luan');

/**
 * The part of the minutes under the last heading that says "kết luận" (folded: "KẾT LUẬN",
 * "Kết luận của chủ trì"), up to the next heading of the same or a higher level: a first
 * paragraph ending in ":" is the opening; each list item or other paragraph is a directive; a
 * nested list, or a paragraph starting "a)", "-" or "+" after a directive, its sub-points.
 */
export function conclusionPartOf(body: RichTextDoc): { found: boolean; preamble: string | null; items: ConclusionItemText[] } {
  const nodes = (body.content ?? []) as RichTextNode[];
  let start = -1;
  nodes.forEach((n, i) => {
    if (isConclusionHeading(n)) start = i;
  });
  if (start < 0) return { found: false, preamble: null, items: [] };
  const level = nodes[start]?.attrs?.level ?? 1;
  let preamble: string | null = null;
  const items: ConclusionItemText[] = [];
  for (const n of nodes.slice(start + 1)) {
    if (n.type === 'heading' && (n.attrs?.level ?? 1) <= level) break;
    if (n.type === 'heading' || n.type === 'table') continue; // a sub-heading or a table is no directive
    if (n.type === 'bulletList' || n.type === 'orderedList') {
      for (const li of n.content ?? []) {
        const item = fromListItem(li);
        if (item.text !== '') items.push(item);
      }
      continue;
    }
    const text = plainText(n);
    if (text === '') continue;
    if (items.length === 0 && preamble === null && text.endsWith(':')) preamble = text;
    else if (BULLET.test(text) && items.length > 0) items.at(-1)?.subPoints.push(text.replace(BULLET, ''));
    else items.push({ text: text.replace(NUMBERING, ''), subPoints: [] });
  }
  return { found: true, preamble, items };
}
