import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_FONT, FONT_PT, HEADER_COLUMNS_PERCENT, PAGE_MARGINS_MM, ROSTER_TABLE_COLUMNS } from './index.js';

// The print view's CSS and the Word writer (db/documents/, whose test reads the margins back)
// take their layout from document-layout.ts. CSS cannot import it (@page takes no
// variables), so this test holds renderer/features/print/print.css to it.

const css = fs.readFileSync(path.join(import.meta.dirname, '../../renderer/features/print/print.css'), 'utf8');

/** The declarations of the first rule with exactly this selector (nested blocks left out). */
function rule(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\}|\\*/)\\s*${escaped}\\s*\\{([^{}]*)`).exec(css);
  if (!match) throw new Error(`print.css has no rule ${selector}`);
  return Object.fromEntries(
    match[1]!
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([k, v]) => [k!, v!]),
  );
}

const { top, right, bottom, left } = PAGE_MARGINS_MM;
const margins = `${top}mm ${right}mm ${bottom}mm ${left}mm`;

describe('print.css follows the document layout of db/model', () => {
  it('A4 with the decree margins, on paper (@page) and on screen (.a4-page)', () => {
    expect(rule('@page')).toMatchObject({ size: 'A4 portrait', margin: margins });
    expect(rule('.a4-page')).toMatchObject({ padding: margins, width: '210mm' });
  });

  it('Times New Roman (Tinos) and the type sizes of the Word file', () => {
    expect(rule('.a4-page')['font-family']).toBe(`'${DOCUMENT_FONT.family}', ${DOCUMENT_FONT.fallback}, serif`);
    expect(rule('.a4-page')['font-size']).toBe(`${FONT_PT.body}pt`);
    expect(rule('.doc-title')['font-size']).toBe(`${FONT_PT.title}pt`);
    expect(rule('.doc-state')['font-size']).toBe(`${FONT_PT.stateMotto}pt`);
    expect(rule('.doc-state-sub')['font-size']).toBe(`${FONT_PT.stateSubMotto}pt`);
    expect(rule('.doc-party')['font-size']).toBe(`${FONT_PT.partyMotto}pt`);
    expect(rule('.doc-body')['font-size']).toBe(`${FONT_PT.issuer}pt`);
    expect(rule('.doc-table')['font-size']).toBe(`${FONT_PT.table}pt`);
  });

  it('the header columns and the table columns of the Word file', () => {
    expect(rule('.doc-header')['grid-template-columns']).toBe(`${HEADER_COLUMNS_PERCENT.issuer}% ${HEADER_COLUMNS_PERCENT.motto}%`);
    for (const column of ROSTER_TABLE_COLUMNS.slice(0, -1)) {
      expect(rule(`.doc-table .col-${column.key}`).width, column.key).toBe(`${column.widthMm}mm`);
    }
  });

  it('the decision line is never hyphenated nor broken inside a word', () => {
    expect(rule('.doc-attachment,\n.doc-asof')).toMatchObject({ hyphens: 'manual', 'word-break': 'normal', 'overflow-wrap': 'normal' });
    expect(rule('.doc-word')['white-space']).toBe('nowrap');
  });
});
