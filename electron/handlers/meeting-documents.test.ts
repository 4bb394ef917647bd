import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { documentXml, paragraphs, tableRows } from '../../db/documents/test-read-back.js';
import type { ExportedFile, InvitationDocumentData, MinutesDocumentData } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The meeting documents' commands through the dispatch, as every host calls them.

const at = useDemoSessionAt();

describe('invitations.document / invitations.exportDocx / minutes.document / minutes.exportDocx', () => {
  it('answer the demo meeting: the issued invitation dated its own day, the minutes with "có mặt 5/7"', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    const invitation = await call<InvitationDocumentData>('invitations.document', { meetingId: demo.meetingId });
    expect(invitation.issuedOn).toBe('2021-01-08');
    expect(invitation.invitation?.symbol).toBe('Số 01-GM/BCĐ');
    const minutes = await call<MinutesDocumentData>('minutes.document', { meetingId: demo.meetingId });
    expect(minutes.attendance.summary).toMatchObject({ present: 5, members: 7 });
    expect(minutes.minutes.status).toBe('draft');
  });

  it("date an invitation not yet numbered today, in the committee's own time zone when it has one", async () => {
    const { session, demo, call } = await at('2021-03-04T18:30:00Z');
    // Not numbered: no number, no date, nothing frozen (the demo's is issued and frozen, 0016).
    await sql`drop trigger meetings_invitation_frozen`.execute(session.archive.db);
    await session.archive.db.updateTable('meetings').set({ invitation_number_id: null, invited_on: null, invitation_json: null }).where('id', '=', demo.meetingId).execute();
    expect((await call<InvitationDocumentData>('invitations.document', { meetingId: demo.meetingId })).issuedOn).toBe('2021-03-05');
    await session.archive.db.updateTable('committees').set({ time_zone: 'UTC' }).where('id', '=', demo.committeeId).execute();
    const docx = await call<ExportedFile>('invitations.exportDocx', { meetingId: demo.meetingId });
    expect(tableRows(documentXml(Buffer.from(docx.base64, 'base64')))[1]).toEqual([`Số ${'\u00a0'.repeat(8)}-GM/BCĐ`, 'Thanh Hóa, ngày 04 tháng 3 năm 2021']);
  });

  it('answer Word files with safe names and their media type', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    const minutes = await call<ExportedFile>('minutes.exportDocx', { meetingId: demo.meetingId });
    expect(minutes).toMatchObject({ fileName: `bien-ban-${demo.meetingId}.docx`, mediaType: expect.stringContaining('wordprocessingml') });
    expect(paragraphs(documentXml(Buffer.from(minutes.base64, 'base64')))).toContain('BIÊN BẢN');
    const invitation = await call<ExportedFile>('invitations.exportDocx', { meetingId: demo.meetingId });
    expect(invitation.fileName).toBe(`giay-moi-${demo.meetingId}.docx`);
  });

  it('refuse an unknown meeting (NOT_FOUND) and a malformed id (VALIDATION) as typed errors', async () => {
    const { session } = await at('2021-03-04T18:30:00Z');
    for (const name of ['invitations.document', 'invitations.exportDocx', 'minutes.document', 'minutes.exportDocx']) {
      expect(await session.dispatch(name, { meetingId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await session.dispatch(name, { meetingId: 'abc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await session.dispatch(name, { meetingId: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
