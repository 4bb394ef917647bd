import { describe, expect, it } from 'vitest';
import { documentXml, paragraphs } from '../../db/documents/test-read-back.js';
import type { ExportedFile, MeetingDetail, Minutes } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// Issue 8 review (P1): the Word file of finalized minutes is the signed text, whatever the
// tables say later; version 1 can be asked for after an amendment.

const at = useDemoSessionAt();
const textOf = (file: ExportedFile) => paragraphs(documentXml(Buffer.from(file.base64, 'base64'))).join('\n');

describe('minutes.exportDocx of finalized minutes', () => {
  it('keeps the chair as signed after a rename; version 1 and the amendment each print their own text', async () => {
    const { demo, call } = await at('2021-01-14T03:00:00Z');
    const draft = await call<Minutes>('minutes.get', { meetingId: demo.meetingId });
    const saved = await call<{ revision: number }>('minutes.save', { meetingId: demo.meetingId, expectedRevision: draft.revision, fields: draft.fields, body: draft.body });
    const signed = await call<Minutes>('minutes.finalize', { meetingId: demo.meetingId, expectedRevision: saved.revision });
    const meeting = await call<MeetingDetail>('meetings.get', { id: demo.meetingId });
    const before = textOf(await call<ExportedFile>('minutes.exportDocx', { meetingId: demo.meetingId }));
    expect(before).toContain('Trịnh Tuấn Sinh');

    await call('people.update', { id: meeting.chairPersonId, fullName: 'Người Khác Hẳn', nameCorrection: true });
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đính chính: nội dung bổ sung.' }] }] };
    await call('minutes.amend', { meetingId: demo.meetingId, expectedRevision: signed.revision, reason: 'Bổ sung', fields: signed.fields, body });

    const first = textOf(await call<ExportedFile>('minutes.exportDocx', { meetingId: demo.meetingId, version: 1 }));
    expect(first).toBe(before);
    const latest = textOf(await call<ExportedFile>('minutes.exportDocx', { meetingId: demo.meetingId }));
    expect(latest).toContain('Đính chính: nội dung bổ sung.');
    // The amendment froze the tables of its own day: the corrected name signs it.
    expect(latest).toContain('Người Khác Hẳn');
    expect(first).not.toContain('Người Khác Hẳn');
  });
});
