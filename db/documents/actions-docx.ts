import { Paragraph } from 'docx';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS_VI,
  MEMBER_TASKS_TITLE,
  type MemberTasksDocumentData,
  REMINDER_CLOSING,
  type ReminderDocumentData,
  formatDisplayDate,
  personText,
  reminderAddressee,
  reminderOpening,
  taskLine,
} from '../model/index.js';
import { documentHeader } from './docx-header.js';
import { bodyLine, centred, officialDocx, recipientsParagraphs, signatureRow, signerParagraphs } from './meeting-docx-parts.js';

// The two action documents as editable Word files, in the committee's format (the same
// header, date line, signer block and page as the other documents: officialDocx).

export async function writeMemberTasksDocx(data: MemberTasksDocumentData): Promise<Buffer> {
  const { person } = data;
  const body = [
    documentHeader(data.committee, data.issuedOn),
    centred(MEMBER_TASKS_TITLE, { bold: true, before: 360 }),
    centred(`của đồng chí ${personText(person.fullName, person.position)}`, { bold: true }),
    centred(`(tình hình đến ngày ${formatDisplayDate(data.asOf)})`, { italics: true, after: 240 }),
    ...data.tasks.map((t, i) => bodyLine([taskLine(t, i)])),
  ];
  if (data.tasks.length === 0) body.push(bodyLine(['Không có nhiệm vụ nào.']));
  if (data.truncated) body.push(bodyLine([{ text: `(Chỉ liệt kê ${data.tasks.length} nhiệm vụ đầu tiên.)`, italics: true }]));
  const summary = ACTION_STATUSES.filter((s) => data.counts[s] > 0).map((s) => `${ACTION_STATUS_LABELS_VI[s]}: ${data.counts[s]}`);
  body.push(bodyLine([{ text: 'Tổng hợp: ', bold: true }, `${data.counts.total} nhiệm vụ${summary.length > 0 ? ` (${summary.join('; ')})` : ''}.`]));
  body.push(new Paragraph({ children: [] }), signatureRow([], signerParagraphs(data.signer)));
  return officialDocx(`${MEMBER_TASKS_TITLE} - ${person.fullName}`, body);
}

export async function writeReminderDocx(data: ReminderDocumentData): Promise<Buffer> {
  const body = [
    documentHeader(data.committee, data.issuedOn),
    centred(data.subject, { size: 12, before: 120, after: 240 }),
    centred(reminderAddressee(data.owner), { after: 240 }),
    bodyLine([reminderOpening(data)]),
    ...data.tasks.map((t, i) => bodyLine([taskLine(t, i, false)])),
  ];
  if (data.truncated) body.push(bodyLine([{ text: `(Chỉ liệt kê ${data.tasks.length} nhiệm vụ đầu tiên.)`, italics: true }]));
  body.push(bodyLine([REMINDER_CLOSING]), new Paragraph({ children: [] }));
  body.push(signatureRow(recipientsParagraphs(data.recipients), signerParagraphs(data.signer)));
  return officialDocx(`Công văn đôn đốc - ${data.owner.name}`, body);
}
