import { Paragraph } from 'docx';
import {
  MINUTES_CONTENT_HEADING,
  MINUTES_SIGNATURE_TITLES,
  MINUTES_TITLE,
  type MinutesDocumentData,
  meetingDay,
  minutesClosingLine,
  minutesDraftMark,
  minutesParts,
  minutesSignatures,
  minutesVersionLine,
} from '../model/index.js';
import { documentHeader } from './docx-header.js';
import { bodyLine, centred, labelled, officialDocx, signatureRow, signerParagraphs } from './meeting-docx-parts.js';
import { richTextToDocx } from './rich-text-docx.js';

/** The minutes (biên bản, Mẫu 1.9) as an editable Word file: the same text as the print view. */
export async function writeMinutesDocx(data: MinutesDocumentData): Promise<Buffer> {
  const { committee, meeting } = data;
  const names = minutesSignatures(data);
  const body = [
    documentHeader(committee, meetingDay(meeting.startsAt)),
    ...(minutesDraftMark(data) ? [centred(minutesDraftMark(data)!, { bold: true, before: 240 })] : []),
    centred(MINUTES_TITLE, { bold: true, before: 360 }),
    centred(meeting.title, { bold: true, after: minutesVersionLine(data) ? 0 : 240 }),
    ...(minutesVersionLine(data) ? [centred(minutesVersionLine(data)!, { italics: true, after: 240 })] : []),
    ...minutesParts(data).map((p) => labelled(p.label, p.text)),
    bodyLine([{ text: MINUTES_CONTENT_HEADING, bold: true }], { keepNext: true }),
    ...richTextToDocx(data.minutes.body),
    bodyLine([minutesClosingLine(data)]),
    new Paragraph({ children: [] }),
    signatureRow(
      signerParagraphs({ authority: null, title: MINUTES_SIGNATURE_TITLES.secretary, name: names.secretary }),
      signerParagraphs({ authority: null, title: MINUTES_SIGNATURE_TITLES.chair, name: names.chair }),
    ),
  ];
  return officialDocx(`${MINUTES_TITLE} - ${meeting.title}`, body);
}
