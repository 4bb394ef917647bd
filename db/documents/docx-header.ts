import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  type Committee,
  FONT_PT,
  HEADER_COLUMNS_PERCENT,
  PARTY_MOTTO,
  STATE_MOTTO,
  STATE_SUB_MOTTO,
  TEXT_WIDTH_MM,
  officialDateLine,
} from '../model/index.js';
import { mmToTwip } from './docx-units.js';

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

function line(text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: size * 2, ...options })] });
}

/** A centred paragraph whose bottom border is a rule `widthMm` wide in a column `columnMm` wide. */
function ruled(text: string, size: number, columnMm: number, widthMm: number, bold = true): Paragraph {
  const inset = mmToTwip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: inset, right: inset },
    border: { bottom: RULE },
    children: [new TextRun({ text, size: size * 2, bold })],
  });
}

/**
 * The two header blocks of NĐ 30/2020 (state) or HD 36-HD/VPTW (Party): parent and issuing
 * body on the left, motto and place-date line on the right; the same text as DocumentHeader.tsx.
 */
export function documentHeader(committee: Committee, date: string): Table {
  const party = committee.documentFormat === 'party';
  const leftMm = (TEXT_WIDTH_MM * HEADER_COLUMNS_PERCENT.issuer) / 100;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const left: Paragraph[] = [];
  if (committee.parentBody) left.push(line(committee.parentBody.toLocaleUpperCase('vi'), FONT_PT.issuer));
  left.push(
    party
      ? line(committee.name.toLocaleUpperCase('vi'), FONT_PT.issuer, { bold: true })
      : ruled(committee.name.toLocaleUpperCase('vi'), FONT_PT.issuer, leftMm, leftMm * 0.3),
  );
  if (party) left.push(line('*', FONT_PT.issuer));

  const right: Paragraph[] = party
    ? [ruled(PARTY_MOTTO, FONT_PT.partyMotto, rightMm, rightMm * 0.75)]
    : [line(STATE_MOTTO, FONT_PT.stateMotto, { bold: true }), ruled(STATE_SUB_MOTTO, FONT_PT.stateSubMotto, rightMm, rightMm * 0.55)];
  right.push(new Paragraph({ spacing: { before: 160 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: officialDateLine(date, committee.placeName), italics: true, size: FONT_PT.body * 2 })] }));

  const cell = (children: Paragraph[], mm: number) =>
    new TableCell({ children, width: { size: mmToTwip(mm), type: WidthType.DXA } });
  return new Table({
    borders: TableBorders.NONE,
    width: { size: mmToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mmToTwip(leftMm), mmToTwip(rightMm)],
    rows: [new TableRow({ children: [cell(left, leftMm), cell(right, rightMm)] })],
  });
}
