import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCUMENT_FONT, FONT_PT, PAGE_MARGINS_MM, PAGE_SIZE_MM, RECIPIENTS_HEADING, type SignerBlock, TEXT_WIDTH_MM } from '../model/index.js';
import { mmToTwip } from './docx-units.js';
import { BODY_AFTER_TWIP, BODY_INDENT_TWIP } from './rich-text-docx.js';

// What the invitation's and the minutes' Word files share: the A4 page of NĐ 30/2020, the
// title lines, body paragraphs, the "Label: text" parts and the signature row.

type Block = Paragraph | Table;
type Run = { text: string; bold?: boolean; italics?: boolean };

export function centred(text: string, options: { bold?: boolean; italics?: boolean; size?: number; before?: number; after?: number } = {}): Paragraph {
  const { before, after, size = FONT_PT.title, ...run } = options;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after },
    keepNext: true,
    children: [new TextRun({ text, size: size * 2, ...run })],
  });
}

/** A body paragraph: justified, first-line indent, 6 pt after; runs of plain, bold or italic text. */
export function bodyLine(parts: Array<string | Run>, options: { indent?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: BODY_INDENT_TWIP },
    spacing: { after: BODY_AFTER_TWIP },
    keepNext: options.keepNext,
    children: parts.map((p) => new TextRun(typeof p === 'string' ? { text: p } : p)),
  });
}

/** "Địa điểm: Trụ sở Tỉnh ủy Thanh Hóa." with the label in bold; no label: the text alone. */
export function labelled(label: string, text: string): Paragraph {
  return bodyLine(label ? [{ text: `${label}: `, bold: true }, text] : [text]);
}

const cell = (children: Paragraph[], mm: number) =>
  new TableCell({ children: children.length > 0 ? children : [new Paragraph({ children: [] })], width: { size: mmToTwip(mm), type: WidthType.DXA } });

/** A signer block: authority and title bold caps, room to sign and seal, the name bold. */
export function signerParagraphs(signer: SignerBlock): Paragraph[] {
  const out: Paragraph[] = [];
  if (signer.authority) out.push(centred(signer.authority, { bold: true, size: FONT_PT.body }));
  if (signer.title) out.push(centred(signer.title, { bold: true, size: FONT_PT.body }));
  // Room for the signature (and the seal): about 25 mm.
  out.push(new Paragraph({ spacing: { before: mmToTwip(25) }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: signer.name ?? '', bold: true, size: FONT_PT.body * 2 })] }));
  return out;
}

/** "Nơi nhận:" 12 pt bold italic, its lines 11 pt; the filing line last. */
export function recipientsParagraphs(lines: string[]): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: RECIPIENTS_HEADING, bold: true, italics: true, size: 12 * 2 })] }),
    ...lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, size: 11 * 2 })] })),
  ];
}

/** The bottom row: something on the left (recipients or a signer), a signer on the right; no borders. */
export function signatureRow(left: Paragraph[], right: Paragraph[]): Table {
  const half = TEXT_WIDTH_MM / 2;
  return new Table({
    borders: TableBorders.NONE,
    width: { size: mmToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mmToTwip(half), mmToTwip(half)],
    rows: [new TableRow({ cantSplit: true, children: [cell(left, half), cell(right, half)] })],
  });
}

/** An A4 Word file with the decree's margins, Times New Roman 13 pt, page numbers from page 2. */
export async function officialDocx(title: string, body: Block[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Minutebook',
    title,
    styles: { default: { document: { run: { font: DOCUMENT_FONT.family, size: FONT_PT.body * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(PAGE_SIZE_MM.width), height: mmToTwip(PAGE_SIZE_MM.height) },
            margin: {
              top: mmToTwip(PAGE_MARGINS_MM.top),
              right: mmToTwip(PAGE_MARGINS_MM.right),
              bottom: mmToTwip(PAGE_MARGINS_MM.bottom),
              left: mmToTwip(PAGE_MARGINS_MM.left),
            },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          first: new Header({ children: [] }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
