import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCommittee, updateCommittee } from './committees.js';
import { attachmentChunks, storeAttachment } from './attachments.js';
import { createDecision, deleteDecision, getDecision, getDecisionScan, listDecisions } from './decisions.js';
import { auditHistory, committeeHistory, personHistory } from './history.js';
import { createMembership, deleteMembership, endMembership, getMembership, updateMembership } from './memberships.js';
import { createPerson } from './people.js';
import { TEST_ACTOR, countAllRows, useTempArchive } from './test-support.js';

const t = useTempArchive();
const TODAY = '2026-11-28';

async function setup() {
  const committee = await createCommittee(t.db, { name: 'BCĐ huyện', level: 'huyen' }, TEST_ACTOR, TODAY);
  const other = await createCommittee(t.db, { name: 'BCĐ xã', level: 'xa' }, TEST_ACTOR, TODAY);
  const person = await createPerson(t.db, { fullName: 'Lê Văn An', position: 'Giám đốc Sở' }, TEST_ACTOR);
  const decision = await createDecision(
    t.db,
    { committeeId: committee.id, number: ' 25-QĐ/TU ', signedOn: '2020-10-26', issuingBody: 'Tỉnh ủy Thanh Hóa', signer: 'Đỗ Trọng Hưng', signerTitle: 'Bí thư' },
    TEST_ACTOR,
  );
  return { committeeId: committee.id, otherId: other.id, personId: person.id, decision };
}

describe('memberships', () => {
  it('create, correct, end by a decision, delete: each audited, with names resolved', async () => {
    const { committeeId, personId, decision } = await setup();
    const m = await createMembership(
      t.db,
      { personId, committeeId, role: 'uy_vien', position: 'Giám đốc Sở Nội vụ', duty: 'Theo dõi khối nội chính', fromDate: '2020-10-26', decisionId: decision.id },
      TEST_ACTOR,
    );
    expect(m).toMatchObject({ fullName: 'Lê Văn An', committeeName: 'BCĐ huyện', roleName: 'Ủy viên', decisionNumber: '25-QĐ/TU', toDate: null, warnings: [] });
    expect(await updateMembership(t.db, m.id, { role: 'pho_truong_ban', duty: '' }, TEST_ACTOR)).toMatchObject({ role: 'pho_truong_ban', duty: null });
    const end = await createDecision(t.db, { committeeId, number: '40-QĐ/TU', signedOn: '2023-05-02' }, TEST_ACTOR);
    expect(await endMembership(t.db, m.id, '2023-05-02', end.id, TEST_ACTOR)).toMatchObject({ toDate: '2023-05-02', endDecisionNumber: '40-QĐ/TU' });
    await expect(endMembership(t.db, m.id, '2024-01-01', null, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    const history = await auditHistory(t.db, 'membership', m.id);
    expect(history.items.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    await deleteMembership(t.db, m.id, TEST_ACTOR);
    await expect(getMembership(t.db, m.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await auditHistory(t.db, 'membership', m.id)).items[0]).toMatchObject({ action: 'delete', detail: expect.objectContaining({ role: 'pho_truong_ban' }) });
  });

  it('refuses an end before the start, a decision of another committee, a role not in the list; writes nothing', async () => {
    const { committeeId, otherId, personId } = await setup();
    const otherDecision = await createDecision(t.db, { committeeId: otherId, number: '1-QĐ/HU', signedOn: '2020-01-01' }, TEST_ACTOR);
    const counts = await countAllRows(t.db);
    const base = { personId, committeeId, role: 'uy_vien', fromDate: '2021-01-01' };
    await expect(createMembership(t.db, { ...base, toDate: '2021-01-01' }, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'toDate' } });
    await expect(createMembership(t.db, { ...base, decisionId: otherDecision.id }, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'decisionId' } });
    await expect(createMembership(t.db, { ...base, role: 'r5' }, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'role' } });
    expect(await countAllRows(t.db)).toEqual(counts);
  });

  it('warns when the person already sits on the committee in that period', async () => {
    const { committeeId, personId } = await setup();
    const first = await createMembership(t.db, { personId, committeeId, role: 'uy_vien', fromDate: '2020-01-01', toDate: '2022-01-01' }, TEST_ACTOR);
    const overlap = await createMembership(t.db, { personId, committeeId, role: 'thu_ky', fromDate: '2021-06-01' }, TEST_ACTOR);
    expect(overlap.warnings).toEqual([expect.objectContaining({ code: 'already_member', ids: [first.id] })]);
    const after = await createMembership(t.db, { personId, committeeId, role: 'thu_ky', fromDate: '2022-01-01', toDate: '2023-01-01' }, TEST_ACTOR);
    expect(after.warnings.flatMap((w) => w.ids)).toEqual([overlap.id]);
  });
});

describe('decisions', () => {
  it('list newest first by pages; a scanned file stored in the archive and read back byte for byte', async () => {
    const { committeeId, decision } = await setup();
    expect(decision).toMatchObject({ number: '25-QĐ/TU', kind: 'kien_toan', issuingBody: 'Tỉnh ủy Thanh Hóa', signerTitle: 'Bí thư', file: null });
    for (const [i, day] of ['2021-01-01', '2022-01-01', '2022-01-01'].entries()) {
      await createDecision(t.db, { committeeId, kind: 'bo_sung', number: `${i + 30}-QĐ/TU`, signedOn: day }, TEST_ACTOR);
    }
    const first = await listDecisions(t.db, { committeeId, limit: 2 });
    const second = await listDecisions(t.db, { committeeId, limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((d) => d.number)).toEqual(['32-QĐ/TU', '31-QĐ/TU', '30-QĐ/TU', '25-QĐ/TU']);
    expect(second.hasMore).toBe(false);

    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300_000)]);
    await storeAttachment(t.db, { fileName: 'QD 25.pdf', chunks: [bytes] }, TEST_ACTOR, { decisionId: decision.id });
    expect((await getDecision(t.db, decision.id)).file).toMatchObject({ fileName: 'QD 25.pdf', mimeType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    const file = await getDecisionScan(t.db, decision.id);
    const read: Uint8Array[] = [];
    for await (const chunk of attachmentChunks(t.db, file.attachmentId)) read.push(chunk);
    expect(Buffer.concat(read).equals(bytes)).toBe(true);
    // Replacing it keeps the old attachment in the archive.
    await storeAttachment(t.db, { fileName: 'QD 25 (bản 2).pdf', chunks: [Buffer.from('%PDF-')] }, TEST_ACTOR, { decisionId: decision.id });
    expect((await getDecision(t.db, decision.id)).file).toMatchObject({ fileName: 'QD 25 (bản 2).pdf', size: 5 });
    expect((await countAllRows(t.db)).attachments).toBe(2);
  });

  it('a decision memberships name cannot be deleted; deleting one keeps its scan', async () => {
    const { committeeId, personId, decision } = await setup();
    await createMembership(t.db, { personId, committeeId, role: 'uy_vien', fromDate: '2020-10-26', decisionId: decision.id }, TEST_ACTOR);
    await expect(deleteDecision(t.db, decision.id, TEST_ACTOR)).rejects.toMatchObject({ code: 'HAS_DEPENDENTS' });
    const spare = await createDecision(t.db, { committeeId, number: '2-QĐ/TU', signedOn: '2020-01-01' }, TEST_ACTOR);
    await storeAttachment(t.db, { fileName: 'b.png', chunks: [Buffer.from('iVBORw==', 'base64')] }, TEST_ACTOR, { decisionId: spare.id });
    await deleteDecision(t.db, spare.id, TEST_ACTOR);
    expect((await countAllRows(t.db)).attachments).toBe(1);
  });
});

describe('histories', () => {
  it("a person's roles across committees, newest first, by pages", async () => {
    const { committeeId, otherId, personId } = await setup();
    await createMembership(t.db, { personId, committeeId, role: 'uy_vien', fromDate: '2015-01-01', toDate: '2020-01-01' }, TEST_ACTOR);
    await createMembership(t.db, { personId, committeeId: otherId, role: 'truong_ban', fromDate: '2018-01-01' }, TEST_ACTOR);
    await createMembership(t.db, { personId, committeeId, role: 'pho_truong_ban', fromDate: '2020-01-01' }, TEST_ACTOR);
    const first = await personHistory(t.db, personId, { limit: 2 });
    const rest = await personHistory(t.db, personId, { limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...rest.items].map((m) => `${m.fromDate} ${m.committeeName}: ${m.roleName}`)).toEqual([
      '2020-01-01 BCĐ huyện: Phó Trưởng ban',
      '2018-01-01 BCĐ xã: Trưởng ban',
      '2015-01-01 BCĐ huyện: Ủy viên',
    ]);
    expect(rest.hasMore).toBe(false);
  });

  it("a committee's decisions with what each started and ended; a record's audit entries by pages", async () => {
    const { committeeId, personId, decision } = await setup();
    const m = await createMembership(t.db, { personId, committeeId, role: 'uy_vien', fromDate: '2020-10-26', decisionId: decision.id }, TEST_ACTOR);
    const end = await createDecision(t.db, { committeeId, number: '40-QĐ/TU', signedOn: '2023-05-02' }, TEST_ACTOR);
    await endMembership(t.db, m.id, '2023-05-02', end.id, TEST_ACTOR);
    const history = await committeeHistory(t.db, committeeId);
    expect(history.items.map((h) => [h.decision.number, h.started.map((s) => s.id), h.ended.map((e) => e.id)])).toEqual([
      ['40-QĐ/TU', [], [m.id]],
      ['25-QĐ/TU', [m.id], []],
    ]);
    await updateCommittee(t.db, committeeId, { symbol: 'BCĐ' }, TEST_ACTOR, TODAY);
    await updateCommittee(t.db, committeeId, { symbol: 'BCĐ 2' }, TEST_ACTOR, TODAY);
    const page1 = await auditHistory(t.db, 'committee', committeeId, { limit: 2 });
    const page2 = await auditHistory(t.db, 'committee', committeeId, { limit: 2, cursor: page1.nextCursor! });
    expect([...page1.items, ...page2.items].map((e) => [e.action, e.detail])).toEqual([
      ['update', { symbol: 'BCĐ 2' }],
      ['update', { symbol: 'BCĐ' }],
      ['create', { name: 'BCĐ huyện', level: 'huyen' }],
    ]);
    expect([page1.hasMore, page2.hasMore]).toEqual([true, false]);
  });
});
