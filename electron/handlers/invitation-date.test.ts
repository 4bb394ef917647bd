import { describe, expect, it } from 'vitest';
import { countAllRows, sha256File } from '../../db/test-support.js';
import type { InvitationDocumentData, MeetingDetail } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// Issue 8 review (P1): the invitation's date is the clerk's choice (default the archive's
// today), checked in the core, stored, and printed. The demo committee's first decision and
// first members date from 26/10/2020; the clock stands on 10/01/2021 in Hà Nội.

const at = useDemoSessionAt();

async function open(now = '2021-01-10T02:00:00Z') {
  const s = await at(now);
  const m = await s.call<MeetingDetail>('meetings.create', { committeeId: s.demo.committeeId, kind: 'so_ket', title: 'Sơ kết quý I', startsAt: '2021-03-05T08:00' });
  return { ...s, meetingId: m.id };
}

describe('invitations.issue: the date the clerk chooses', () => {
  it('refuses an impossible day, a day after the meeting, more than a year before it, or before the committee existed; writes nothing', async () => {
    // FB: the clock past the days issued below (a number is never dated after today).
    const s = await open('2021-02-10T02:00:00Z');
    const { session, meetingId } = s;
    // A committee formed by a decision of 01/02/2021 (state format: no term rule of its own).
    const young = await s.call<{ id: number }>('committees.create', { name: 'Ban Chỉ đạo mới lập', level: 'tinh', documentFormat: 'state' });
    await s.call('decisions.create', { committeeId: young.id, number: '12-QĐ/UBND', signedOn: '2021-02-01' });
    const first = await s.call<MeetingDetail>('meetings.create', { committeeId: young.id, kind: 'dinh_ky', title: 'Họp đầu tiên', startsAt: '2021-02-10T08:00' });
    const file = session.archive.file;
    const rows = await countAllRows(session.archive.db);
    const before = sha256File(file);
    for (const [id, issuedOn, message] of [
      [meetingId, '2021-03-06', 'after_meeting'],
      [meetingId, '2020-03-03', 'too_early'],
      [first.id, '2021-01-31', 'before_committee'],
    ] as const) {
      const refused = await session.dispatch('invitations.issue', { meetingId: id, issuedOn });
      expect(refused, issuedOn).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'issuedOn', message }] } });
    }
    const impossible = await session.dispatch('invitations.issue', { meetingId, issuedOn: '2021-02-30' });
    expect(impossible).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: expect.arrayContaining([{ path: 'issuedOn', message: 'not_a_date' }]) } });
    expect(await countAllRows(session.archive.db)).toEqual(rows);
    expect(sha256File(file)).toBe(before);
    // The committee's first day itself is allowed.
    expect((await s.call<MeetingDetail>('invitations.issue', { meetingId: first.id, issuedOn: '2021-02-01' })).invitation?.issuedOn).toBe('2021-02-01');
  });

  it("stores the chosen day (the meeting's own day is allowed) and the print is dated with it", async () => {
    // FB: the clock past both days; the series in date order (the earlier day first).
    const { call, meetingId } = await open('2021-02-25T02:00:00Z');
    const onTheDay = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dot_xuat', title: 'Họp gấp', startsAt: '2021-01-12T08:00' });
    expect((await call<MeetingDetail>('invitations.issue', { meetingId: onTheDay.id, issuedOn: '2021-01-12' })).invitation?.issuedOn).toBe('2021-01-12');
    const issued = await call<MeetingDetail>('invitations.issue', { meetingId, issuedOn: '2021-02-20' });
    expect(issued.invitation).toMatchObject({ issuedOn: '2021-02-20', number: 3 });
    const doc = await call<InvitationDocumentData>('invitations.document', { meetingId });
    expect(doc.issuedOn).toBe('2021-02-20');
  });

  it("without a date: the archive's today, or for a meeting already past (recorded afterwards) the meeting's own day", async () => {
    const { call, meetingId } = await open();
    // FB: the past meeting numbered first (the series in date order; the demo's 01 is dated 08/01/2021).
    const past = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'Họp hôm qua', startsAt: '2021-01-09T08:00' });
    expect((await call<MeetingDetail>('invitations.issue', { meetingId: past.id })).invitation?.issuedOn).toBe('2021-01-09');
    expect((await call<MeetingDetail>('invitations.issue', { meetingId })).invitation?.issuedOn).toBe('2021-01-10');
  });
});

describe('meetings.update after the invitation is issued (FB, issue 8 review)', () => {
  it('refuses moving the meeting before its invitation (typed, nothing written); the invitation day itself and later days are allowed', async () => {
    const { session, call, meetingId } = await open();
    await call<MeetingDetail>('invitations.issue', { meetingId, issuedOn: '2021-01-10' });
    const rows = await countAllRows(session.archive.db);
    const before = sha256File(session.archive.file);
    const refused = await session.dispatch('meetings.update', { id: meetingId, startsAt: '2021-01-09T08:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'startsAt', message: 'before_invitation' }] } });
    expect(await countAllRows(session.archive.db)).toEqual(rows);
    expect(sha256File(session.archive.file)).toBe(before);
    expect((await call<MeetingDetail>('meetings.update', { id: meetingId, startsAt: '2021-01-10T14:00' })).startsAt).toBe('2021-01-10T14:00');
    expect((await call<MeetingDetail>('meetings.update', { id: meetingId, startsAt: '2021-04-01T08:00' })).startsAt).toBe('2021-04-01T08:00');
  });
});

describe('invitations.issue keeps the GM series in date order (FB, issue 8 review)', () => {
  it('refuses a day after today and a day before the previous number, typed with the dates; nothing written', async () => {
    const { session, call, meetingId } = await open();
    const other = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'Họp hôm qua', startsAt: '2021-01-09T08:00' });
    const future = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'Họp tháng 3', startsAt: '2021-03-05T08:00' });
    await call<MeetingDetail>('invitations.issue', { meetingId, issuedOn: '2021-01-10' });
    const rows = await countAllRows(session.archive.db);
    const before = sha256File(session.archive.file);
    expect(await session.dispatch('invitations.issue', { meetingId: other.id, issuedOn: '2021-01-09' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'issuedOn', message: 'before_previous_number' }], detail: { kind: 'number_date', issuedOn: '2021-01-09', limit: '2021-01-10' } },
    });
    expect(await session.dispatch('invitations.issue', { meetingId: future.id, issuedOn: '2021-02-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'issuedOn', message: 'after_today' }], detail: { kind: 'number_date', issuedOn: '2021-02-01', limit: '2021-01-10' } },
    });
    expect(await countAllRows(session.archive.db)).toEqual(rows);
    expect(sha256File(session.archive.file)).toBe(before);
  });
});
