import { AlignmentType, Paragraph, TextRun } from 'docx';
import {
  CONCLUSION_TITLE,
  type ConclusionDocumentData,
  conclusionBodyLines,
  conclusionDraftMark,
  conclusionNumberLine,
  conclusionRecipientLines,
  conclusionSigner,
} from '../model/index.js';
import { documentHeader } from './docx-header.js';
import { bodyLine, centred, officialDocx, recipientsParagraphs, signatureRow, signerParagraphs } from './meeting-docx-parts.js';

/** The conclusion notice (thông báo kết luận) as an editable Word file: the same text as the print view. */
export async function writeConclusionDocx(data: ConclusionDocumentData): Promise<Buffer> {
  const { committee, conclusion } = data;
  const mark = conclusionDraftMark(data);
  const body = [
    documentHeader(committee, conclusion.datedOn, conclusionNumberLine(data)),
    ...(mark ? [centred(mark, { bold: true, before: 240 })] : []),
    centred(CONCLUSION_TITLE, { bold: true, before: 360 }),
    centred(conclusion.title, { bold: true, after: 240 }),
    ...(conclusion.preamble ? conclusion.preamble.split('\n').filter((l) => l.trim() !== '').map((l) => bodyLine([l])) : []),
    ...conclusionBodyLines(conclusion).map((l) => bodyLine([l.text])),
    new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: '' })] }),
    signatureRow(recipientsParagraphs(conclusionRecipientLines(committee, conclusion.recipients)), signerParagraphs(conclusionSigner(committee, conclusion.signer))),
  ];
  return officialDocx(`${CONCLUSION_TITLE} - ${conclusion.title}`, body);
}
