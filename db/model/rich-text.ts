// The rich text of minutes (and any later long text): the editor's JSON (Tiptap/ProseMirror
// shape), limited to the nodes and marks below. This is the one list: the editor is built
// with exactly these extensions, the core refuses any other node, mark or attribute on write,
// and every rendering (screen, print, .docx) walks only these. Never raw HTML.

/** Block and inline nodes a document may hold. */
export const RICH_TEXT_NODES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export type RichTextNodeType = (typeof RICH_TEXT_NODES)[number];

/** Marks on text. Links are left out on purpose: minutes are printed, not browsed. */
export const RICH_TEXT_MARKS = ['bold', 'italic', 'underline'] as const;
export type RichTextMarkType = (typeof RICH_TEXT_MARKS)[number];

/** Heading levels the editor offers (a minutes' sections and sub-sections). */
export const RICH_TEXT_HEADING_LEVELS = [1, 2, 3] as const;

/** Text alignment a paragraph or heading may carry. */
export const RICH_TEXT_ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
export type RichTextAlignment = (typeof RICH_TEXT_ALIGNMENTS)[number];

/** Numbering styles an ordered list may carry (Tiptap 3's `type` attribute; null: 1, 2, 3). */
export const RICH_TEXT_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;
export type RichTextListType = (typeof RICH_TEXT_LIST_TYPES)[number];

export interface RichTextMark {
  type: RichTextMarkType;
}

/** One node of the editor's JSON; `attrs` holds only what its type allows (see the validator). */
export interface RichTextNode {
  type: RichTextNodeType;
  attrs?: {
    level?: (typeof RICH_TEXT_HEADING_LEVELS)[number];
    start?: number;
    type?: RichTextListType | null;
    textAlign?: RichTextAlignment | null;
    colspan?: number;
    rowspan?: number;
    colwidth?: number[] | null;
    /** A table cell's alignment (Tiptap 3's `align`, null by default). */
    align?: RichTextAlignment | null;
  };
  content?: RichTextNode[];
  text?: string;
  marks?: RichTextMark[];
}

/** A whole document: `{ type: 'doc', content: [...] }`. */
export interface RichTextDoc extends RichTextNode {
  type: 'doc';
  content: RichTextNode[];
}

/** The empty document a new draft starts from. */
export const EMPTY_RICH_TEXT: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Limits on what a stored document may be (a minutes' body is long, but not unbounded). */
export const RICH_TEXT_LIMITS = { maxDepth: 12, maxNodes: 50_000, maxTextChars: 1_000_000 } as const;
