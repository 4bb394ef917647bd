import { Paragraph } from 'docx';
import {
  INVITATION_CLOSING,
  INVITATION_TITLE,
  type InvitationDocumentData,
  agendaLines,
  invitationNumberLine,
  invitationRecipients,
  invitationSigner,
  inviteeLines,
  meetingTimeText,
} from '../model/index.js';
import { documentHeader } from './docx-header.js';
import { bodyLine, centred, labelled, officialDocx, recipientsParagraphs, signatureRow, signerParagraphs } from './meeting-docx-parts.js';

/** The invitation (giấy mời) as an editable Word file: the same text as the print view. */
export async function writeInvitationDocx(data: InvitationDocumentData): Promise<Buffer> {
  const { committee, meeting } = data;
  const body = [
    documentHeader(committee, data.issuedOn, invitationNumberLine(data)),
    centred(INVITATION_TITLE, { bold: true, before: 360 }),
    centred(meeting.title, { bold: true, after: 240 }),
    bodyLine([{ text: 'Trân trọng kính mời:', bold: true }], { keepNext: true }),
    ...inviteeLines(data).map((l) => bodyLine([l])),
    labelled('Thời gian', `${meetingTimeText(meeting.startsAt)}.`),
    labelled('Địa điểm', meeting.place ? `${meeting.place}.` : '…'),
  ];
  const agenda = agendaLines(data.agenda);
  if (agenda.length > 0) {
    body.push(bodyLine([{ text: 'Nội dung:', bold: true }], { keepNext: true }), ...agenda.map((l) => bodyLine([l])));
  }
  // The meeting's notes are the secretariat's own (who books the hall, what to remind whom): never on the official paper.
  body.push(bodyLine([INVITATION_CLOSING]), new Paragraph({ children: [] }));
  body.push(signatureRow(recipientsParagraphs(invitationRecipients(committee)), signerParagraphs(invitationSigner(data))));
  return officialDocx(`${INVITATION_TITLE} - ${meeting.title}`, body);
}
