import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Archive, Db } from './connection.js';
import { getConclusion, listConclusions } from './conclusions.js';
import { cancelConclusion, issueConclusion } from './conclusions-issue.js';
import { type ConclusionCreate, createConclusion, deleteConclusion, updateConclusion } from './conclusions-write.js';
import { cancelDocumentNumber, getDocumentNumber, reserveDocumentNumber, setTermStart } from './document-numbers.js';
import type { DemoSummary } from './demo/load-demo.js';
import { TEST_ACTOR, countAllRows, openDemoArchive, removeTempDirs, sha256File } from './test-support.js';

// Conclusion notices against real archives: the Thanh Hóa demo (a Party committee, term from
// 26/10/2020, its seed notice a draft of 13/01/2021) and a state committee made beside it.

const open: Archive[] = [];
afterEach(async () => {
  for (const a of open.splice(0)) await a.close();
});
afterAll(removeTempDirs);

async function demoArchive(): Promise<{ archive: Archive; db: Db; demo: DemoSummary; sinh: number }> {
  const { archive, demo } = await openDemoArchive();
  open.push(archive);
  const draft = await getConclusion(archive.db, demo.conclusionId);
  return { archive, db: archive.db, demo, sinh: draft.signer.personId as number };
}

/** A state-format committee (symbol BCĐ) with its head on the roster from 2020. */
async function stateCommittee(db: Db): Promise<{ committeeId: number; head: number }> {
  const { id: committeeId } = await db
    .insertInto('committees')
    .values({ name: 'Ban Chỉ đạo cải cách hành chính tỉnh', level: 'tinh', document_format: 'state', symbol: 'BCĐ', place_name: 'Thanh Hóa', created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: head } = await db.insertInto('people').values({ full_name: 'Đỗ Minh Tuấn', created_at: 'x', updated_at: 'x' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('memberships').values({ person_id: head, committee_id: committeeId, role: 'truong_ban', from_date: '2020-01-01', created_at: 'x' }).execute();
  return { committeeId, head };
}

const notice = (committeeId: number, signer: number, datedOn: string, extra: Partial<ConclusionCreate> = {}): ConclusionCreate => ({
  committeeId,
  meetingId: null,
  title: `Kết luận ngày ${datedOn}`,
  datedOn,
  signer: { personId: signer, form: 'tm', title: 'TRƯỞNG BAN' },
  recipients: ['Các thành viên Ban Chỉ đạo'],
  preamble: null,
  items: [{ text: 'Kiện toàn Ban Chỉ đạo.', subPoints: ['Phân công nhiệm vụ cho từng thành viên.'] }],
  ...extra,
});

async function issued(db: Db, input: ConclusionCreate, issuedOn?: string) {
  const draft = await createConclusion(db, input, TEST_ACTOR);
  return issueConclusion(db, { id: draft.id, issuedOn }, TEST_ACTOR);
}

const auditOf = (db: Db, id: number) =>
  db.selectFrom('audit_log').select(['action', 'detail_json']).where('entity', '=', 'conclusion').where('entity_id', '=', id).orderBy('id').execute();

describe('issuing a notice', () => {
  it('the demo draft issued becomes number 01 of the Party TB series of the term: "Số 01-TB/BCĐ"', async () => {
    const { db, demo } = await demoArchive();
    const before = await getConclusion(db, demo.conclusionId);
    expect(before).toMatchObject({ status: 'draft', number: null, symbol: null, datedOn: '2021-01-13', itemCount: 6 });
    const after = await issueConclusion(db, { id: demo.conclusionId }, TEST_ACTOR);
    expect(after).toMatchObject({ status: 'issued', number: 1, numberText: '01-TB/BCĐ', symbol: 'Số 01-TB/BCĐ', datedOn: '2021-01-13' });
    const n = await getDocumentNumber(db, after.documentNumberId as number);
    expect(n).toMatchObject({ type: 'TB', period: 'term:2020-10-26', number: 1, status: 'issued', issuedOn: '2021-01-13' });
    expect((await auditOf(db, demo.conclusionId)).map((a) => a.action)).toEqual(['update']);
  });

  it('a state committee numbers per calendar year: 01, 02 in 2021, 01 again in 2022 ("Số: 01/TB-BCĐ")', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const a = await issued(db, notice(committeeId, head, '2021-03-01'));
    const b = await issued(db, notice(committeeId, head, '2021-11-30'));
    const c = await issued(db, notice(committeeId, head, '2022-01-04'));
    expect([a.symbol, b.symbol, c.symbol]).toEqual(['Số: 01/TB-BCĐ', 'Số: 02/TB-BCĐ', 'Số: 01/TB-BCĐ']);
  });

  it('a Party committee numbers per term: on across the new year, from 01 again when a new term starts', async () => {
    const { db, demo, sinh } = await demoArchive();
    const a = await issued(db, notice(demo.committeeId, sinh, '2021-12-20'));
    const b = await issued(db, notice(demo.committeeId, sinh, '2022-01-05'));
    expect([a.number, b.number]).toEqual([1, 2]);
    await setTermStart(db, demo.committeeId, '2022-06-01', TEST_ACTOR);
    const c = await issued(db, notice(demo.committeeId, sinh, '2022-06-10'));
    expect(c).toMatchObject({ number: 1, symbol: 'Số 01-TB/BCĐ' });
  });

  it('issues with a number the clerk reserved; the next one follows it', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const reserved = await reserveDocumentNumber(db, { committeeId, type: 'TB', issuedOn: '2021-04-01', note: 'Thông báo kết luận' }, TEST_ACTOR);
    const draft = await createConclusion(db, notice(committeeId, head, '2021-04-02'), TEST_ACTOR);
    const done = await issueConclusion(db, { id: draft.id, documentNumberId: reserved.id }, TEST_ACTOR);
    expect(done).toMatchObject({ number: 1, documentNumberId: reserved.id });
    expect((await getDocumentNumber(db, reserved.id)).status).toBe('issued');
    expect((await issued(db, notice(committeeId, head, '2021-04-03'))).number).toBe(2);
  });

  it('the issue date given replaces the draft date, and the signer must be on the roster that day', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const draft = await createConclusion(db, notice(committeeId, head, '2021-04-02'), TEST_ACTOR);
    await expect(issueConclusion(db, { id: draft.id, issuedOn: '2019-12-31' }, TEST_ACTOR)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'signer.personId', message: 'signer_not_on_roster' }] },
    });
    expect((await issueConclusion(db, { id: draft.id, issuedOn: '2021-05-06' }, TEST_ACTOR)).datedOn).toBe('2021-05-06');
  });
});

describe('cancelling', () => {
  it('keeps the number (printed, marked cancelled in the series, never given again)', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const a = await issued(db, notice(committeeId, head, '2021-03-01'));
    const cancelled = await cancelConclusion(db, a.id, 'Ban hành nhầm', TEST_ACTOR);
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 1, symbol: 'Số: 01/TB-BCĐ', cancelReason: 'Ban hành nhầm' });
    expect(await getDocumentNumber(db, a.documentNumberId as number)).toMatchObject({ status: 'cancelled', note: 'Ban hành nhầm' });
    expect((await issued(db, notice(committeeId, head, '2021-03-02'))).number).toBe(2);
    expect((await auditOf(db, a.id)).map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });

  it('a number on an issued notice is not cancelled by hand (cancel the notice instead)', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const a = await issued(db, notice(committeeId, head, '2021-03-01'));
    await expect(cancelDocumentNumber(db, a.documentNumberId as number, 'x', TEST_ACTOR)).rejects.toMatchObject({
      details: { issues: [{ path: 'id', message: 'number_on_conclusion' }] },
    });
  });
});

describe('refusals leave the archive byte-identical', () => {
  it('an issued notice cannot be edited, issued again or deleted; a draft cannot be cancelled', async () => {
    const { archive, db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const a = await issued(db, notice(committeeId, head, '2021-03-01'));
    const draft = await createConclusion(db, notice(committeeId, head, '2021-03-05'), TEST_ACTOR);
    const sha = sha256File(archive.file);
    const counts = await countAllRows(db);
    const notDraft = { code: 'VALIDATION', details: { issues: [{ path: 'status', message: 'not_draft' }] } };
    await expect(updateConclusion(db, a.id, { title: 'Sửa' }, TEST_ACTOR)).rejects.toMatchObject(notDraft);
    await expect(issueConclusion(db, { id: a.id }, TEST_ACTOR)).rejects.toMatchObject(notDraft);
    await expect(deleteConclusion(db, a.id, TEST_ACTOR)).rejects.toMatchObject(notDraft);
    await expect(cancelConclusion(db, draft.id, 'x', TEST_ACTOR)).rejects.toMatchObject({ details: { issues: [{ message: 'not_issued' }] } });
    // A signer off the roster, a meeting of another committee.
    await expect(updateConclusion(db, draft.id, { datedOn: '2019-06-01' }, TEST_ACTOR)).rejects.toMatchObject({ details: { issues: [{ message: 'signer_not_on_roster' }] } });
    await expect(createConclusion(db, { ...notice(committeeId, head, '2021-03-01'), meetingId: 1 }, TEST_ACTOR)).rejects.toMatchObject({
      details: { issues: [{ path: 'meetingId', message: 'other_committee' }] },
    });
    expect(sha256File(archive.file)).toBe(sha);
    expect(await countAllRows(db)).toEqual(counts);
  });

  it('a directive that actions come from is not removed (HAS_DEPENDENTS), and nothing changes', async () => {
    const { archive, db, demo } = await demoArchive();
    const draft = await getConclusion(db, demo.conclusionId);
    const sha = sha256File(archive.file);
    const keepAllButFirst = draft.items.slice(1).map((i) => ({ id: i.id, text: i.text, subPoints: i.subPoints }));
    await expect(updateConclusion(db, draft.id, { title: 'Đổi', items: keepAllButFirst }, TEST_ACTOR)).rejects.toMatchObject({ code: 'HAS_DEPENDENTS' });
    expect(sha256File(archive.file)).toBe(sha);
    expect(await getConclusion(db, draft.id)).toEqual(draft);
  });
});

describe('drafts', () => {
  it('update keeps the directives by id (reordered, edited), adds new ones, removes unused ones; audited', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const draft = await createConclusion(
      db,
      notice(committeeId, head, '2021-03-01', { items: [{ text: 'Một', subPoints: [] }, { text: 'Hai', subPoints: ['a'] }, { text: 'Ba', subPoints: [] }] }),
      TEST_ACTOR,
    );
    const [one, two] = draft.items as unknown as [{ id: number }, { id: number }];
    const next = await updateConclusion(
      db,
      draft.id,
      { items: [{ id: two.id, text: 'Hai (sửa)', subPoints: ['a', 'b'] }, { text: 'Bốn', subPoints: [] }, { id: one.id, text: 'Một', subPoints: [] }] },
      TEST_ACTOR,
    );
    expect(next.items.map((i) => [i.position, i.text, i.subPoints])).toEqual([
      [1, 'Hai (sửa)', ['a', 'b']],
      [2, 'Bốn', []],
      [3, 'Một', []],
    ]);
    expect(next.items[0]?.id).toBe(two.id);
    expect(next.items[2]?.id).toBe(one.id);
    expect(next.itemCount).toBe(3);
    expect((await auditOf(db, draft.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('a draft is deleted with its directives; audited', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const draft = await createConclusion(db, notice(committeeId, head, '2021-03-01'), TEST_ACTOR);
    await deleteConclusion(db, draft.id, TEST_ACTOR);
    await expect(getConclusion(db, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.selectFrom('conclusion_items').select('id').where('conclusion_id', '=', draft.id).execute()).toEqual([]);
    expect((await auditOf(db, draft.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});

describe('the list', () => {
  it('newest date first, filtered by committee, year and status, paged by cursor', async () => {
    const { db, demo, sinh } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    for (const day of ['2021-02-01', '2021-06-01', '2022-01-10']) await issued(db, notice(committeeId, head, day));
    await createConclusion(db, notice(committeeId, head, '2022-03-01'), TEST_ACTOR);
    await issued(db, notice(demo.committeeId, sinh, '2021-07-01'));
    const ofState = await listConclusions(db, { committeeId });
    expect(ofState.items.map((c) => c.datedOn)).toEqual(['2022-03-01', '2022-01-10', '2021-06-01', '2021-02-01']);
    expect((await listConclusions(db, { committeeId, year: 2021 })).items.map((c) => c.datedOn)).toEqual(['2021-06-01', '2021-02-01']);
    expect((await listConclusions(db, { status: 'draft' })).items.map((c) => c.datedOn)).toEqual(['2022-03-01', '2021-01-13']);
    expect((await listConclusions(db, { year: 2021, status: 'issued' })).items.map((c) => c.datedOn)).toEqual(['2021-07-01', '2021-06-01', '2021-02-01']);
    const first = await listConclusions(db, { limit: 2 });
    const second = await listConclusions(db, { limit: 2, cursor: first.nextCursor as string });
    const third = await listConclusions(db, { limit: 2, cursor: second.nextCursor as string });
    expect([...first.items, ...second.items, ...third.items].map((c) => c.datedOn)).toEqual([
      '2022-03-01', '2022-01-10', '2021-07-01', '2021-06-01', '2021-02-01', '2021-01-13',
    ]);
    expect(third.hasMore).toBe(false);
  });
});

describe('the series in date order (FB, issue 8 review; db/document-numbers.ts)', () => {
  it('after 02 and 04 dated 28/11, a notice dated 20/11 is refused with the dates, and so is one dated after today; nothing written', async () => {
    const { archive, db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const today = '2026-11-28';
    await issueConclusion(db, { id: (await createConclusion(db, notice(committeeId, head, '2026-11-02'), TEST_ACTOR)).id }, TEST_ACTOR, today);
    await issueConclusion(db, { id: (await createConclusion(db, notice(committeeId, head, '2026-11-28'), TEST_ACTOR)).id }, TEST_ACTOR, today);
    const early = await createConclusion(db, notice(committeeId, head, '2026-11-20'), TEST_ACTOR);
    const late = await createConclusion(db, notice(committeeId, head, '2026-12-19'), TEST_ACTOR);
    const rows = await countAllRows(db);
    const file = sha256File(archive.file);
    await expect(issueConclusion(db, { id: early.id }, TEST_ACTOR, today)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'issuedOn', message: 'before_previous_number' }], detail: { kind: 'number_date', reason: 'before_previous_number', issuedOn: '2026-11-20', limit: '2026-11-28' } },
    });
    await expect(issueConclusion(db, { id: late.id }, TEST_ACTOR, today)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'issuedOn', message: 'after_today' }], detail: { kind: 'number_date', reason: 'after_today', issuedOn: '2026-12-19', limit: today } },
    });
    expect(await countAllRows(db)).toEqual(rows);
    expect(sha256File(archive.file)).toBe(file);
    // The same day as the last one, and today, are allowed.
    expect((await issueConclusion(db, { id: early.id, issuedOn: '2026-11-28' }, TEST_ACTOR, today)).number).toBe(3);
  });

  it('a reserved number is issued no earlier than the number before it and no later than the one after it', async () => {
    const { db } = await demoArchive();
    const { committeeId, head } = await stateCommittee(db);
    const today = '2021-12-31';
    await issueConclusion(db, { id: (await createConclusion(db, notice(committeeId, head, '2021-04-01'), TEST_ACTOR)).id }, TEST_ACTOR, today);
    const reserved = await reserveDocumentNumber(db, { committeeId, type: 'TB', issuedOn: '2021-04-05' }, TEST_ACTOR);
    await issueConclusion(db, { id: (await createConclusion(db, notice(committeeId, head, '2021-04-10'), TEST_ACTOR)).id }, TEST_ACTOR, today);
    const draft = await createConclusion(db, notice(committeeId, head, '2021-04-11'), TEST_ACTOR);
    for (const [issuedOn, reason] of [['2021-04-11', 'after_next_number'], ['2021-03-31', 'before_previous_number']] as const) {
      await expect(issueConclusion(db, { id: draft.id, issuedOn, documentNumberId: reserved.id }, TEST_ACTOR, today)).rejects.toMatchObject({
        details: { issues: [{ path: 'issuedOn', message: reason }] },
      });
    }
    expect((await issueConclusion(db, { id: draft.id, issuedOn: '2021-04-10', documentNumberId: reserved.id }, TEST_ACTOR, today)).number).toBe(2);
  });
});
