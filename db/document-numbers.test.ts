import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  NUMBER_ON_INVITATION,
  cancelDocumentNumber,
  listDocumentNumbers,
  numberingSettings,
  reserveDocumentNumber,
  setTermStart,
  takeDocumentNumber,
} from './document-numbers.js';
import type { Db } from './connection.js';
import { issueInvitation } from './meetings-invitation.js';
import { createMeeting, setMeetingStatus } from './meetings-write.js';
import { documentNumberPeriod, documentNumberSymbol, documentNumberText } from './model/index.js';
import { TEST_ACTOR, useTempArchive } from './test-support.js';

const t = useTempArchive();

async function committee(db: Db, format: 'state' | 'party', symbol: string | null = 'BCĐ'): Promise<number> {
  const { id } = await db
    .insertInto('committees')
    .values({ name: `BCĐ ${format}`, level: 'tinh', document_format: format, symbol, created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const take = (db: Db, committeeId: number, issuedOn: string, type: 'GM' | 'TB' = 'TB') =>
  db.transaction().execute((trx) => takeDocumentNumber(trx, { committeeId, type, issuedOn }, TEST_ACTOR));
const numberOf = async (db: Db, id: number) =>
  (await db.selectFrom('document_numbers').select(['number', 'period']).where('id', '=', id).executeTakeFirstOrThrow());

describe('formats', () => {
  it('state "Số: 01/GM-BCĐ", Party "Số 01-GM/BCĐ"; two digits under 10 only', () => {
    expect(documentNumberSymbol('state', 1, 'GM', 'BCĐ')).toBe('Số: 01/GM-BCĐ');
    expect(documentNumberSymbol('party', 1, 'GM', 'BCĐ')).toBe('Số 01-GM/BCĐ');
    expect(documentNumberSymbol('state', 5, 'TB', 'BCĐ')).toBe('Số: 05/TB-BCĐ');
    expect(documentNumberText('party', 12, 'TB', 'BCĐ')).toBe('12-TB/BCĐ');
    expect(documentNumberText('state', 123, 'TB', 'BCĐ')).toBe('123/TB-BCĐ');
    expect(documentNumberText('state', 9, 'GM', null)).toBe('09/GM');
  });

  it('the period: the calendar year (state), the term (Party), none for a Party committee without a term', () => {
    expect(documentNumberPeriod('state', '2021-12-31', '2020-10-26')).toBe('2021');
    expect(documentNumberPeriod('party', '2021-12-31', '2020-10-26')).toBe('term:2020-10-26');
    expect(documentNumberPeriod('party', '2021-12-31', null)).toBeNull();
  });
});

describe('the series', () => {
  it('state format: from 1 each calendar year, per type and committee', async () => {
    const a = await committee(t.db, 'state');
    const b = await committee(t.db, 'state');
    const got = [];
    for (const [c, day, type] of [
      [a, '2021-01-05', 'TB'],
      [a, '2021-12-31', 'TB'],
      [a, '2022-01-01', 'TB'],
      [a, '2021-06-01', 'GM'],
      [b, '2021-06-01', 'TB'],
      [a, '2022-03-01', 'TB'],
    ] as const) {
      got.push(await numberOf(t.db, await take(t.db, c, day, type)));
    }
    expect(got.map((n) => `${n.period}#${n.number}`)).toEqual(['2021#1', '2021#2', '2022#1', '2021#1', '2021#1', '2022#2']);
  });

  it('Party format: numbers run through the term across years and restart with a new term; refused without a term or before it', async () => {
    const c = await committee(t.db, 'party');
    await expect(take(t.db, c, '2021-01-05')).rejects.toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'termStartedOn' }] } });
    await setTermStart(t.db, c, '2020-10-26', TEST_ACTOR);
    expect(await numberingSettings(t.db, c)).toEqual({ committeeId: c, documentFormat: 'party', termStartedOn: '2020-10-26' });
    const first = await take(t.db, c, '2020-12-30');
    const second = await take(t.db, c, '2021-01-05');
    expect([(await numberOf(t.db, first)).number, (await numberOf(t.db, second)).number]).toEqual([1, 2]);
    await expect(take(t.db, c, '2020-10-01')).rejects.toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'issuedOn', message: 'before_term' }] } });
    await setTermStart(t.db, c, '2025-10-20', TEST_ACTOR);
    expect(await numberOf(t.db, await take(t.db, c, '2025-11-01'))).toEqual({ number: 1, period: 'term:2025-10-20' });
  });

  it('a cancelled number keeps its number and is never given again; a reserved one is taken too', async () => {
    const c = await committee(t.db, 'state');
    const one = await take(t.db, c, '2021-03-01');
    const cancelled = await cancelDocumentNumber(t.db, one, 'Rút lại', TEST_ACTOR);
    expect(cancelled).toMatchObject({ number: 1, status: 'cancelled', note: 'Rút lại', symbol: 'Số: 01/TB-BCĐ' });
    const reserved = await reserveDocumentNumber(t.db, { committeeId: c, type: 'TB', issuedOn: '2021-03-02', note: 'Cho thông báo kết luận' }, TEST_ACTOR);
    expect(reserved).toMatchObject({ number: 2, status: 'reserved' });
    expect((await numberOf(t.db, await take(t.db, c, '2021-03-03'))).number).toBe(3);
    const page = await listDocumentNumbers(t.db, { committeeId: c });
    expect(page.items.map((n) => [n.number, n.status])).toEqual([
      [3, 'issued'],
      [2, 'reserved'],
      [1, 'cancelled'],
    ]);
    await expect(cancelDocumentNumber(t.db, one, 'Lần nữa', TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('the archive itself refuses to delete or renumber a number', async () => {
    const c = await committee(t.db, 'state');
    const id = await take(t.db, c, '2021-03-01');
    await expect(sql`delete from document_numbers where id = ${id}`.execute(t.db)).rejects.toThrow(/never deleted/);
    await expect(sql`update document_numbers set number = 7 where id = ${id}`.execute(t.db)).rejects.toThrow(/never changed/);
    await expect(
      t.db.insertInto('document_numbers').values({ committee_id: c, type: 'TB', period: '2021', number: 1, issued_on: '2021-03-02', note: null }).execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('pages newest first by keyset', async () => {
    const c = await committee(t.db, 'state');
    for (let i = 1; i <= 5; i++) await take(t.db, c, `2021-03-0${i}`);
    const first = await listDocumentNumbers(t.db, { committeeId: c, limit: 2 });
    const second = await listDocumentNumbers(t.db, { committeeId: c, limit: 2, cursor: first.nextCursor! });
    const third = await listDocumentNumbers(t.db, { committeeId: c, limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((n) => n.number)).toEqual([5, 4, 3, 2, 1]);
    expect(third.hasMore).toBe(false);
  });
});

describe('a number on an invitation', () => {
  it('cannot be cancelled by hand while its meeting stands (number_on_invitation); cancelling the meeting cancels it', async () => {
    const committeeId = await committee(t.db, 'state');
    const meeting = await createMeeting(t.db, { committeeId, kind: 'dinh_ky', title: 'Họp định kỳ', startsAt: '2021-03-01T08:00' }, TEST_ACTOR);
    const invited = await issueInvitation(t.db, { meetingId: meeting.id, issuedOn: '2021-02-20' }, TEST_ACTOR);
    const numberId = (await t.db.selectFrom('meetings').select('invitation_number_id').where('id', '=', invited.id).executeTakeFirstOrThrow()).invitation_number_id!;
    const before = await t.db.selectFrom('audit_log').select((s) => s.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(cancelDocumentNumber(t.db, numberId, 'Rút lại', TEST_ACTOR)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'id', message: NUMBER_ON_INVITATION }] },
    });
    expect((await t.db.selectFrom('document_numbers').select('status').where('id', '=', numberId).executeTakeFirstOrThrow()).status).toBe('issued');
    expect(await t.db.selectFrom('audit_log').select((s) => s.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
    // Cancelling the meeting itself takes the number with it.
    await setMeetingStatus(t.db, meeting.id, 'cancelled', 'Hoãn họp', TEST_ACTOR);
    const row = await t.db.selectFrom('document_numbers').select(['status', 'note']).where('id', '=', numberId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'cancelled', note: 'Hủy cuộc họp: Hoãn họp' });
  });
});
