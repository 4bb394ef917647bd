import {
  AlignmentType,
  NoBreakHyphen,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  FONT_PT,
  ROSTER_TABLE_COLUMNS,
  ROSTER_TITLE,
  type RosterDocumentData,
  TEXT_WIDTH_MM,
  asOfLine,
  attachmentLine,
  columnHeading,
  rosterRow,
  rosterSubtitle,
} from '../model/index.js';
import { documentHeader } from './docx-header.js';
import { officialDocx } from './meeting-docx-parts.js';
import { mmToTwip } from './docx-units.js';

function centred(text: string, options: { bold?: boolean; italics?: boolean; size?: number; before?: number } = {}): Paragraph {
  const { before, size = FONT_PT.title, ...run } = options;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: before === undefined ? undefined : { before },
    children: [new TextRun({ text, size: size * 2, ...run })],
  });
}

/**
 * An italic centred line whose hyphens do not break ("25-QĐ/TU" stays whole): Word's
 * non-breaking hyphen, which reads back as "-".
 */
function unbrokenLine(text: string): Paragraph {
  const parts = text.split('-');
  const children = parts.flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children, italics: true, size: FONT_PT.body * 2 })],
  });
}

/** Column widths in mm: the model's, the last stretched to fill the text width. */
function columnWidthsMm(): number[] {
  const widths = ROSTER_TABLE_COLUMNS.map((c) => c.widthMm as number);
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = TEXT_WIDTH_MM - fixed;
  return widths;
}

function cell(text: string, widthMm: number, options: { bold?: boolean; centre?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, size: FONT_PT.table * 2 })],
      }),
    ],
  });
}

function membersTable(data: RosterDocumentData): Table {
  const widths = columnWidthsMm();
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ROSTER_TABLE_COLUMNS.map((c, i) => cell(columnHeading(c), widths[i]!, { bold: true, centre: true })),
  });
  const rows = data.roster.members.map((m, index) => {
    const row = rosterRow(m, index);
    return new TableRow({
      cantSplit: true,
      children: ROSTER_TABLE_COLUMNS.map((c, i) => cell(row[c.key], widths[i]!, { centre: c.key === 'index' })),
    });
  });
  return new Table({
    width: { size: mmToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    rows: [head, ...rows],
  });
}

/** The roster of a date as an editable Word file: the same document as the print view. */
export async function writeRosterDocx(data: RosterDocumentData): Promise<Buffer> {
  const { committee } = data.roster;
  const body = [
    documentHeader(committee, data.issuedOn),
    centred(ROSTER_TITLE, { bold: true, before: 360 }),
    centred(rosterSubtitle(committee), { bold: true }),
  ];
  const attachment = attachmentLine(data.decisions, committee);
  if (attachment) body.push(unbrokenLine(attachment));
  body.push(centred(asOfLine(data.roster.asOf), { italics: true, size: FONT_PT.body }));
  body.push(new Paragraph({ children: [] }), membersTable(data));

  return officialDocx(`${ROSTER_TITLE} - ${committee.name}`, body);
}
