import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attachmentChunks, checkAttachmentTarget, deleteAttachment, getAttachment, linkAttachment, listAttachments, storeAttachment, unlinkAttachment } from './attachments.js';
import { addAgendaItem } from './agenda.js';
import { createCommittee } from './committees.js';
import { createDecision, getDecision, setDecisionScan } from './decisions.js';
import { ATTACHMENT_MAX_BYTES, UNKNOWN_MIME, safeFileName } from './model/index.js';
import { TEST_ACTOR, countAllRows, useTempArchive } from './test-support.js';

const t = useTempArchive();
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function readAll(id: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of attachmentChunks(t.db, id)) parts.push(chunk);
  return Buffer.concat(parts);
}

async function meeting(): Promise<number> {
  const committee = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
  const { id } = await t.db
    .insertInto('meetings')
    .values({ committee_id: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết', starts_at: '2021-01-13T08:00', status: 'draft', created_at: '2021-01-01', updated_at: '2021-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

describe('storing a file in chunks', () => {
  it('round-trips byte for byte through chunks of at most 1 MiB, with its SHA-256, in pieces of any size', async () => {
    const bytes = Buffer.concat([PDF, randomBytes(2.5 * 1024 * 1024)]);
    const pieces = [bytes.subarray(0, 7), bytes.subarray(7, 1_500_000), bytes.subarray(1_500_000)];
    const info = await storeAttachment(t.db, { fileName: 'Báo cáo tổng kết 2020.pdf', chunks: pieces }, TEST_ACTOR);
    expect(info).toMatchObject({ fileName: 'Báo cáo tổng kết 2020.pdf', mimeType: 'application/pdf', size: bytes.length, sha256: sha(bytes) });
    const sizes = await t.db.selectFrom('attachment_chunks').select((s) => s.fn('length', ['data']).as('n')).where('attachment_id', '=', info.id).orderBy('seq').execute();
    expect(sizes.map((r) => Number(r.n))).toEqual([1024 * 1024, 1024 * 1024, bytes.length - 2 * 1024 * 1024]);
    const back = await readAll(info.id);
    expect(sha(back)).toBe(info.sha256);
    expect(back.equals(bytes)).toBe(true);
  });

  it('refuses a declared size above 200 MB before reading a byte', async () => {
    const before = await countAllRows(t.db);
    let pulled = 0;
    function* never() {
      pulled++;
      yield PDF;
    }
    await expect(storeAttachment(t.db, { fileName: 'a.pdf', declaredSize: ATTACHMENT_MAX_BYTES + 1, chunks: never() }, TEST_ACTOR)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(pulled).toBe(0);
    expect(await countAllRows(t.db)).toEqual(before);
  });

  it('refuses a stream that produces 200 MB + 1 byte, stopping as soon as it passes the limit, and stores nothing', async () => {
    const before = await countAllRows(t.db);
    const piece = Buffer.alloc(1024 * 1024); // one buffer, yielded again and again: nothing accumulates in the source
    let produced = 0;
    let stopped = false;
    async function* lazy() {
      try {
        for (let left = ATTACHMENT_MAX_BYTES + 1; left > 0; left -= piece.length) {
          const n = Math.min(left, piece.length);
          produced += n;
          yield piece.subarray(0, n);
        }
      } finally {
        stopped = true;
      }
    }
    const rssBefore = process.memoryUsage().rss;
    await expect(storeAttachment(t.db, { fileName: 'video.pdf', chunks: lazy() }, TEST_ACTOR)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(produced).toBe(ATTACHMENT_MAX_BYTES + 1);
    expect(stopped).toBe(true);
    // The 200 MB went to the archive's pages and were rolled back; the process never held them.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
    expect(await countAllRows(t.db)).toEqual(before);
  }, 120_000);

  it('refuses an empty file', async () => {
    await expect(storeAttachment(t.db, { fileName: 'a.txt', chunks: [] }, TEST_ACTOR)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('the type, checked against the bytes', () => {
  it.each([
    ['bien-ban.pdf', 'application/pdf', PDF],
    ['anh.png', 'image/png', PNG],
    ['anh.JPG', 'image/jpeg', Buffer.from('ffd8ffe000104a464946', 'hex')],
    ['ghi-chu.txt', 'text/plain; charset=utf-8', Buffer.from('Ghi chú cuộc họp\n')],
    ['cu.doc', 'application/msword', Buffer.from('d0cf11e0a1b11ae10000', 'hex')],
    ['bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('[Content_Types].xml word/document.xml')])],
  ])('%s stored as %s', async (name, mime, bytes) => {
    expect((await storeAttachment(t.db, { fileName: name, chunks: [bytes] }, TEST_ACTOR)).mimeType).toBe(mime);
  });

  it.each([
    ['a PNG named .pdf', 'bao-cao.pdf', PNG],
    ['an HTML page named .pdf', 'bao-cao.pdf', Buffer.from('<html><script>alert(1)</script>')],
    ['a spreadsheet named .docx', 'bao-cao.docx', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from('[Content_Types].xml xl/workbook.xml')])],
    ['binary named .txt', 'a.txt', Buffer.from([0x41, 0x00, 0x42])],
    ['an unknown extension', 'setup.exe', Buffer.from('MZ\x90\x00')],
  ])('%s is kept as application/octet-stream (offered only as a download)', async (_what, name, bytes) => {
    expect((await storeAttachment(t.db, { fileName: name, chunks: [bytes] }, TEST_ACTOR)).mimeType).toBe(UNKNOWN_MIME);
  });
});

describe('names', () => {
  it('keep no path, control or bidirectional characters, for display and for saving', async () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\..\\Báo cáo.pdf')).toBe('Báo cáo.pdf');
    expect(safeFileName('hoa-don\u202Efdp.exe')).toBe('hoa-donfdp.exe');
    expect(safeFileName('a\u0000b\nc\u0007.pdf')).toBe('abc.pdf');
    expect(safeFileName('...')).toBe('tep-dinh-kem');
    expect(safeFileName(`${'x'.repeat(400)}.pdf`)).toMatch(/^x{176}\.pdf$/);
    const stored = await storeAttachment(t.db, { fileName: '../..\u202Egpj.exe', chunks: [PDF] }, TEST_ACTOR);
    expect(stored.fileName).toBe('gpj.exe');
    const row = await t.db.selectFrom('attachments').select(['original_name']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row.original_name).toBe('../..\u202Egpj.exe');
  });

  it('are cut at 180 code points, never inside an emoji (no lone surrogate stored); a lone surrogate given is dropped', async () => {
    const lone = /[\uD800-\uDFFF]/u;
    const name = `${'a'.repeat(175)}${'😀'.repeat(10)}.pdf`;
    expect(safeFileName(name)).toBe(`${'a'.repeat(175)}😀.pdf`);
    expect(Array.from(safeFileName(name))).toHaveLength(180);
    // Every cut position around the emoji, with and without an extension.
    for (let n = 170; n <= 182; n++) {
      for (const ext of ['', '.pdf']) {
        const cut = safeFileName(`${'b'.repeat(n)}${'🎉'.repeat(20)}${ext}`);
        expect(lone.test(cut)).toBe(false);
        expect(Array.from(cut).length).toBeLessThanOrEqual(180);
        expect(cut.endsWith(ext)).toBe(true);
      }
    }
    expect(safeFileName('Bi\uD83Den b\uDE00an.pdf')).toBe('Bien ban.pdf');
    const stored = await storeAttachment(t.db, { fileName: name, chunks: [PDF] }, TEST_ACTOR);
    const row = await t.db.selectFrom('attachments').select(['file_name']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(lone.test(row.file_name)).toBe(false);
    expect(row.file_name).toBe(`${'a'.repeat(175)}😀.pdf`);
    expect(() => encodeURIComponent(row.file_name)).not.toThrow();
  });
});

describe('links', () => {
  it('a linked attachment cannot be deleted; unlinked, it can, chunks and all; every step audited', async () => {
    const meetingId = await meeting();
    const info = await storeAttachment(t.db, { fileName: 'slide.pdf', chunks: [PDF] }, TEST_ACTOR, { meetingId });
    expect((await listAttachments(t.db, { meetingId })).items.map((a) => a.id)).toEqual([info.id]);
    const before = await countAllRows(t.db);
    await expect(deleteAttachment(t.db, info.id, TEST_ACTOR)).rejects.toMatchObject({ code: 'HAS_DEPENDENTS', details: { dependents: { meeting_attachments: 1 } } });
    expect(await countAllRows(t.db)).toEqual(before);
    await expect(linkAttachment(t.db, info.id, { meetingId }, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    await unlinkAttachment(t.db, info.id, { meetingId }, TEST_ACTOR);
    expect((await listAttachments(t.db, { meetingId })).items).toEqual([]);
    await deleteAttachment(t.db, info.id, TEST_ACTOR);
    await expect(getAttachment(t.db, info.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.selectFrom('attachment_chunks').select('seq').where('attachment_id', '=', info.id).execute()).toEqual([]);
    const actions = await t.db.selectFrom('audit_log').select(['action', 'entity']).where('entity', '=', 'attachment').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete']);
  });

  it('a file for a meeting that does not exist is not stored at all', async () => {
    const before = await countAllRows(t.db);
    await expect(storeAttachment(t.db, { fileName: 'a.pdf', chunks: [PDF] }, TEST_ACTOR, { meetingId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await countAllRows(t.db)).toEqual(before);
  });

  it("replacing a decision's scan keeps the old one, which stays undeletable only while linked", async () => {
    const committee = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
    const decision = await createDecision(t.db, { committeeId: committee.id, number: '25-QĐ/TU', signedOn: '2020-10-26' }, TEST_ACTOR);
    const first = await storeAttachment(t.db, { fileName: 'QD 25.pdf', chunks: [PDF] }, TEST_ACTOR, { decisionId: decision.id });
    await expect(deleteAttachment(t.db, first.id, TEST_ACTOR)).rejects.toMatchObject({ code: 'HAS_DEPENDENTS' });
    const second = await storeAttachment(t.db, { fileName: 'QD 25 (ký).pdf', chunks: [PDF, PDF] }, TEST_ACTOR, { decisionId: decision.id });
    expect((await getDecision(t.db, decision.id)).file).toMatchObject({ attachmentId: second.id, fileName: 'QD 25 (ký).pdf' });
    expect((await readAll(first.id)).equals(PDF)).toBe(true);
    const audit = await t.db.selectFrom('audit_log').select('detail_json').where('entity', '=', 'decision').where('entity_id', '=', decision.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail_json!)).toEqual({ scan: second.id, replaced: first.id });
    // Back to the first scan: the second is kept too.
    expect((await setDecisionScan(t.db, decision.id, first.id, TEST_ACTOR)).file?.attachmentId).toBe(first.id);
    expect((await readAll(second.id)).length).toBe(PDF.length * 2);
  });
  it.each(['minutes_finalized', 'cancelled'] as const)('a %s meeting and its agenda items still take files and links (the signed scan comes after), but lose none (meeting_locked)', async (status) => {
    const meetingId = await meeting();
    const agendaItemId = (await addAgendaItem(t.db, meetingId, { title: 'Báo cáo' }, TEST_ACTOR))[0]!.id;
    const onMeeting = await storeAttachment(t.db, { fileName: 'slide.pdf', chunks: [PDF] }, TEST_ACTOR, { meetingId });
    const onItem = await storeAttachment(t.db, { fileName: 'bao-cao.pdf', chunks: [PDF] }, TEST_ACTOR, { agendaItemId });
    const loose = await storeAttachment(t.db, { fileName: 'rời.pdf', chunks: [PDF] }, TEST_ACTOR);
    await t.db.updateTable('meetings').set({ status, cancel_reason: status === 'cancelled' ? 'Hoãn' : null }).where('id', '=', meetingId).execute();
    const locked = { code: 'VALIDATION', details: { issues: [{ path: 'status', message: 'meeting_locked' }] } };
    const before = await countAllRows(t.db);
    let pulled = 0;
    function* body() {
      pulled++;
      yield PDF;
    }
    await expect(unlinkAttachment(t.db, onMeeting.id, { meetingId }, TEST_ACTOR)).rejects.toMatchObject(locked);
    await expect(unlinkAttachment(t.db, onItem.id, { agendaItemId }, TEST_ACTOR)).rejects.toMatchObject(locked);
    await expect(checkAttachmentTarget(t.db, { meetingId }, 'remove')).rejects.toMatchObject(locked);
    expect(await countAllRows(t.db)).toEqual(before);
    for (const target of [{ meetingId }, { agendaItemId }]) {
      await storeAttachment(t.db, { fileName: 'bản ký.pdf', chunks: body() }, TEST_ACTOR, target);
      await linkAttachment(t.db, loose.id, target, TEST_ACTOR);
    }
    expect(pulled).toBe(2);
    // Open again (a test-only move), the same writes go through.
    await t.db.updateTable('meetings').set({ status: 'held', cancel_reason: null }).where('id', '=', meetingId).execute();
    await unlinkAttachment(t.db, onMeeting.id, { meetingId }, TEST_ACTOR);
  });
});
