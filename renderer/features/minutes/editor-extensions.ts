import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

// The editor offers exactly the nodes and marks of db/model/rich-text.ts: StarterKit without
// what the model leaves out (links, code, quotes, rules, strike-through), headings 1–3, and
// tables. What it writes is what the core's validator accepts.
export const minutesExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
];
