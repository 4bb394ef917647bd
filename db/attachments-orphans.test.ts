import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addAgendaItem } from './agenda.js';
import { attachmentChunks, deleteAttachment, storeAttachment, unlinkAttachment } from './attachments.js';
import { listOrphanAttachments } from './attachments-orphans.js';
import { createCommittee } from './committees.js';
import { createDecision, deleteDecision, setDecisionScan } from './decisions.js';
import { ArchiveError } from './errors.js';
import { auditHistory } from './history.js';
import { createMeeting, setMeetingStatus } from './meetings-write.js';
import { TEST_ACTOR, sha256File, useTempArchive } from './test-support.js';

// Issue 8 review (P1): a file is unlinked from a meeting or agenda item only while the meeting
// is open; an orphan (nothing refers to it) may be deleted; the orphans are listed, paged.
// Every refusal leaves the archive file byte-identical.

const t = useTempArchive();
const PDF = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000)]);

async function bytesOf(id: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of attachmentChunks(t.db, id)) parts.push(c);
  return Buffer.concat(parts);
}

async function setup() {
  const committee = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
  const meeting = await createMeeting(t.db, { committeeId: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết', startsAt: '2021-01-13T08:00' }, TEST_ACTOR);
  const [item] = await addAgendaItem(t.db, meeting.id, { title: 'Báo cáo' }, TEST_ACTOR);
  return { meetingId: meeting.id, agendaItemId: item!.id };
}

const codeOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ArchiveError ? [e.code, (e.details?.issues as Array<{ message: string }> | undefined)?.[0]?.message ?? null] : e));

describe('unlinking and deleting attachments', () => {
  it('unlinking from a cancelled meeting (or its agenda item) is refused meeting_locked; the file stays byte-identical', async () => {
    const { meetingId, agendaItemId } = await setup();
    const bytes = PDF();
    const a = await storeAttachment(t.db, { fileName: 'slide.pdf', chunks: [bytes] }, TEST_ACTOR, { meetingId });
    const b = await storeAttachment(t.db, { fileName: 'baocao.pdf', chunks: [bytes] }, TEST_ACTOR, { agendaItemId });
    await setMeetingStatus(t.db, meetingId, 'cancelled', 'Hoãn', TEST_ACTOR);
    const before = sha256File(t.archive.file);
    expect(await codeOf(unlinkAttachment(t.db, a.id, { meetingId }, TEST_ACTOR))).toEqual(['VALIDATION', 'meeting_locked']);
    expect(await codeOf(unlinkAttachment(t.db, b.id, { agendaItemId }, TEST_ACTOR))).toEqual(['VALIDATION', 'meeting_locked']);
    expect(await codeOf(deleteAttachment(t.db, a.id, TEST_ACTOR))).toEqual(['HAS_DEPENDENTS', null]);
    expect(sha256File(t.archive.file)).toBe(before);
    expect((await bytesOf(a.id)).equals(bytes)).toBe(true);
    expect((await listOrphanAttachments(t.db)).items).toEqual([]);
  });

  it('an open meeting: unlinked, the file becomes an orphan, is listed (name, size, added), and can be deleted; audited', async () => {
    const { meetingId, agendaItemId } = await setup();
    const linked = await storeAttachment(t.db, { fileName: 'giu-lai.pdf', chunks: [PDF()] }, TEST_ACTOR, { agendaItemId });
    const a = await storeAttachment(t.db, { fileName: 'slide.pdf', chunks: [PDF()] }, TEST_ACTOR, { meetingId });
    const loose = await storeAttachment(t.db, { fileName: 'le.pdf', chunks: [PDF()] }, TEST_ACTOR);
    await unlinkAttachment(t.db, a.id, { meetingId }, TEST_ACTOR);
    const first = await listOrphanAttachments(t.db, { limit: 1 });
    expect(first.items.map((i) => [i.fileName, i.size])).toEqual([['slide.pdf', a.size]]);
    expect(first.items[0]!.createdAt).toBe(a.createdAt);
    const second = await listOrphanAttachments(t.db, { limit: 1, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ id: loose.id, fileName: 'le.pdf' }], hasMore: false });
    await deleteAttachment(t.db, a.id, TEST_ACTOR);
    expect((await listOrphanAttachments(t.db)).items.map((i) => i.id)).toEqual([loose.id]);
    expect(await t.db.selectFrom('attachment_chunks').select('seq').where('attachment_id', '=', a.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('attachments').select('id').where('id', '=', linked.id).executeTakeFirst()).toBeDefined();
    const history = await auditHistory(t.db, 'attachment', a.id);
    expect(history.items.map((h) => h.action)).toEqual(['delete', 'update', 'update', 'create']);
  });

  it("a decision's replaced scan stays referenced: never an orphan, refused by attachments.delete; deleting the decision frees both (FB)", async () => {
    const committee = await createCommittee(t.db, { name: 'BCĐ huyện', level: 'huyen' }, TEST_ACTOR, '2021-01-13');
    const decision = await createDecision(t.db, { committeeId: committee.id, number: '12-QĐ/HU', signedOn: '2021-01-05' }, TEST_ACTOR);
    const first = await storeAttachment(t.db, { fileName: 'quyet-dinh-ban-1.pdf', chunks: [PDF()] }, TEST_ACTOR);
    const second = await storeAttachment(t.db, { fileName: 'quyet-dinh-ban-2.pdf', chunks: [PDF()] }, TEST_ACTOR);
    await setDecisionScan(t.db, decision.id, first.id, TEST_ACTOR);
    await setDecisionScan(t.db, decision.id, second.id, TEST_ACTOR);
    expect((await listOrphanAttachments(t.db)).items.map((i) => i.id)).not.toContain(first.id);
    const file = sha256File(t.archive.file);
    expect(await codeOf(deleteAttachment(t.db, first.id, TEST_ACTOR))).toEqual(['HAS_DEPENDENTS', null]);
    expect(sha256File(t.archive.file)).toBe(file);
    expect((await bytesOf(first.id)).subarray(0, 8).toString()).toBe('%PDF-1.7');
    await deleteDecision(t.db, decision.id, TEST_ACTOR);
    expect((await listOrphanAttachments(t.db)).items.map((i) => i.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });
});
