import { describe, expect, it } from 'vitest';
import { countAllRows, sha256File } from '../../db/test-support.js';
import type { InvitationDocumentData, MeetingDetail } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// Issue 8 review (P1): the invitation's date is the clerk's choice (default the archive's
// today), checked in the core, stored, and printed. The demo committee's first decision and
// first members date from 26/10/2020; the clock stands on 10/01/2021 in Hà Nội.

const at = useDemoSessionAt();

async function open() {
  const s = await at('2021-01-10T02:00:00Z');
  const m = await s.call<MeetingDetail>('meetings.create', { committeeId: s.demo.committeeId, kind: 'so_ket', title: 'Sơ kết quý I', startsAt: '2021-03-05T08:00' });
  return { ...s, meetingId: m.id };
}

describe('invitations.issue: the date the clerk chooses', () => {
  it('refuses an impossible day, a day after the meeting, more than a year before it, or before the committee existed; writes nothing', async () => {
    const s = await open();
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
    const { call, meetingId } = await open();
    const issued = await call<MeetingDetail>('invitations.issue', { meetingId, issuedOn: '2021-02-20' });
    expect(issued.invitation).toMatchObject({ issuedOn: '2021-02-20', number: 2 });
    const doc = await call<InvitationDocumentData>('invitations.document', { meetingId });
    expect(doc.issuedOn).toBe('2021-02-20');
    const onTheDay = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dot_xuat', title: 'Họp gấp', startsAt: '2021-01-12T08:00' });
    expect((await call<MeetingDetail>('invitations.issue', { meetingId: onTheDay.id, issuedOn: '2021-01-12' })).invitation?.issuedOn).toBe('2021-01-12');
  });

  it("without a date: the archive's today, or for a meeting already past (recorded afterwards) the meeting's own day", async () => {
    const { call, meetingId } = await open();
    expect((await call<MeetingDetail>('invitations.issue', { meetingId })).invitation?.issuedOn).toBe('2021-01-10');
    const past = await call<MeetingDetail>('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'Họp tháng 12', startsAt: '2020-12-01T08:00' });
    expect((await call<MeetingDetail>('invitations.issue', { meetingId: past.id })).invitation?.issuedOn).toBe('2020-12-01');
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
