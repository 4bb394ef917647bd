import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  type Committee,
  FONT_PT,
  HEADER_COLUMNS_PERCENT,
  PARTY_MOTTO,
  STATE_MOTTO,
  STATE_SUB_MOTTO,
  TEXT_WIDTH_MM,
  issuingBodyLine,
  parentBodyLine,
  officialDateLine,
} from '../model/index.js';
import { mmToTwip } from './docx-units.js';

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

function line(text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: size * 2, ...options })] });
}

/** A rule `widthMm` wide, centred in a column `columnMm` wide: an empty paragraph's bottom border. */
function rule(columnMm: number, widthMm: number): Paragraph {
  const inset = mmToTwip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: inset, right: inset },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: RULE },
    children: [],
  });
}

/**
 * The two header blocks of NĐ 30/2020 (state) or HD 36-HD/VPTW (Party): parent and issuing
 * body on the left (and the document's number, when it has one), motto and place-date line on
 * the right; the same text as DocumentHeader.tsx.
 */
export function documentHeader(committee: Committee, date: string, number?: string | null): Table {
  const party = committee.documentFormat === 'party';
  const leftMm = (TEXT_WIDTH_MM * HEADER_COLUMNS_PERCENT.issuer) / 100;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const left: Paragraph[] = [];
  const parent = parentBodyLine(committee);
  if (parent) left.push(line(parent, FONT_PT.issuer));
  left.push(line(issuingBodyLine(committee), FONT_PT.issuer, { bold: true }));
  left.push(party ? line('*', FONT_PT.issuer) : rule(leftMm, leftMm * 0.3));

  // The rules under the mottos are about as wide as their text (58 mm at 13-14 pt bold).
  const right: Paragraph[] = party
    ? [line(PARTY_MOTTO, FONT_PT.partyMotto, { bold: true }), rule(rightMm, 64)]
    : [line(STATE_MOTTO, FONT_PT.stateMotto, { bold: true }), line(STATE_SUB_MOTTO, FONT_PT.stateSubMotto, { bold: true }), rule(rightMm, 58)];
  const dateLine = new Paragraph({ spacing: { before: 160 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: officialDateLine(date, committee.placeName), italics: true, size: FONT_PT.body * 2 })] });
  // A document's number ("Số 01-GM/BCĐ") goes in a row of its own, level with the place-date line.
  const numbered = number ? [new Paragraph({ spacing: { before: 160 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: number, size: FONT_PT.body * 2 })] })] : null;
  if (!numbered) right.push(dateLine);

  const cell = (children: Paragraph[], mm: number) =>
    new TableCell({ children, width: { size: mmToTwip(mm), type: WidthType.DXA } });
  return new Table({
    borders: TableBorders.NONE,
    width: { size: mmToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mmToTwip(leftMm), mmToTwip(rightMm)],
    rows: [
      new TableRow({ children: [cell(left, leftMm), cell(right, rightMm)] }),
      ...(numbered ? [new TableRow({ children: [cell(numbered, leftMm), cell([dateLine], rightMm)] })] : []),
    ],
  });
}
