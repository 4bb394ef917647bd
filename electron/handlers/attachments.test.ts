import { describe, expect, it } from 'vitest';
import { storeAttachment } from '../../db/attachments.js';
import { TEST_ACTOR } from '../../db/test-support.js';
import type { AttachmentInfo, Decision, Page } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The attachments' commands at the boundary, on the demo archive: links, the agenda item's
// files, deletion refused while linked, a decision's scan set and read through the contract.

const at = useDemoSessionAt();
const PDF = Buffer.from('%PDF-1.4\n');

describe('attachments commands', () => {
  it("link a stored file to the demo meeting and its first agenda item, list both, and refuse to delete it while linked", async () => {
    const { session, demo, call } = await at('2021-01-20T03:00:00Z');
    const db = session.archive.db;
    const item = await db.selectFrom('agenda_items').select('id').where('meeting_id', '=', demo.meetingId).orderBy('position').executeTakeFirstOrThrow();
    const file = await storeAttachment(db, { fileName: 'Slide.pdf', chunks: [PDF] }, TEST_ACTOR, { meetingId: demo.meetingId });
    await call('attachments.link', { attachmentId: file.id, agendaItemId: item.id });
    expect((await call<Page<AttachmentInfo>>('attachments.list', { meetingId: demo.meetingId })).items.map((a) => a.fileName)).toEqual(['Slide.pdf']);
    expect((await call<Page<AttachmentInfo>>('attachments.list', { agendaItemId: item.id })).items.map((a) => a.id)).toEqual([file.id]);

    const refused = await session.dispatch('attachments.delete', { id: file.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS' } });
    // The agenda item cannot silently lose its file either: the link is RESTRICT.
    await expect(db.deleteFrom('agenda_items').where('id', '=', item.id).execute()).rejects.toThrow(/FOREIGN KEY/);

    await call('attachments.unlink', { attachmentId: file.id, agendaItemId: item.id });
    await call('attachments.unlink', { attachmentId: file.id, meetingId: demo.meetingId });
    await call('attachments.delete', { id: file.id });
    expect(await session.dispatch('attachments.get', { id: file.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a link to two records at once, or to none, and a list of nothing', async () => {
    const { session } = await at('2021-01-20T03:00:00Z');
    for (const input of [{ attachmentId: 1, meetingId: 1, agendaItemId: 1 }, { attachmentId: 1 }, { attachmentId: 1, decisionId: 1 }]) {
      expect(await session.dispatch('attachments.link', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await session.dispatch('attachments.list', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it("sets a decision's scan to a stored file and reads it back; the replaced scan stays", async () => {
    const { session, call } = await at('2021-01-20T03:00:00Z');
    const db = session.archive.db;
    const decision = await db.selectFrom('decisions').select('id').orderBy('id').executeTakeFirstOrThrow();
    expect(await session.dispatch('decisions.getScan', { decisionId: decision.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const first = await storeAttachment(db, { fileName: 'QD.pdf', chunks: [PDF] }, TEST_ACTOR, { decisionId: decision.id });
    const second = await storeAttachment(db, { fileName: 'QD (ký).pdf', chunks: [PDF] }, TEST_ACTOR);
    const updated = await call<Decision>('decisions.setScan', { decisionId: decision.id, attachmentId: second.id });
    expect(updated.file).toMatchObject({ attachmentId: second.id, fileName: 'QD (ký).pdf', mimeType: 'application/pdf' });
    expect(await call('decisions.getScan', { decisionId: decision.id })).toMatchObject({ attachmentId: second.id });
    expect(await call('attachments.get', { id: first.id })).toMatchObject({ fileName: 'QD.pdf' });
  });
});
