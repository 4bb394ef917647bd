import { describe, expect, it } from 'vitest';
import type { DocumentNumber, MeetingDetail, MeetingStatus, Page } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The meetings' commands through the real dispatch (zod at the boundary, handlers, core) on
// a demo archive with the clock fixed on 10/01/2021 (Asia/Ho_Chi_Minh).

const at = useDemoSessionAt();
const NOW = '2021-01-10T02:00:00Z';
/** A meeting already held by NOW: its minutes can be finalized (never those of a day after today). */
const HELD = { startsAt: '2021-01-08T14:00' };

/**
 * The moves the clerk makes by hand, written out here (not read from the model) so a change to
 * either shows. "Minutes finalized" is reached only by finalizing the minutes (minutes.finalize).
 */
const ALLOWED: Record<MeetingStatus, MeetingStatus[]> = {
  draft: ['invited', 'held', 'cancelled'],
  invited: ['held', 'cancelled'],
  held: [],
  minutes_finalized: [],
  cancelled: [],
};
/** How to bring a new draft to each status. */
const PATH: Record<MeetingStatus, MeetingStatus[]> = {
  draft: [],
  invited: ['invited'],
  held: ['held'],
  minutes_finalized: ['held', 'minutes_finalized'],
  cancelled: ['cancelled'],
};
const STATUSES = Object.keys(ALLOWED) as MeetingStatus[];

async function open() {
  const s = await at(NOW);
  const create = (extra: Record<string, unknown> = {}) =>
    s.call<MeetingDetail>('meetings.create', {
      committeeId: s.demo.committeeId,
      kind: 'dinh_ky',
      title: 'Họp định kỳ quý I',
      startsAt: '2021-03-05T14:00',
      ...extra,
    });
  const move = (id: number, status: MeetingStatus) =>
    s.session.dispatch('meetings.setStatus', { id, status, ...(status === 'cancelled' ? { reason: 'Hoãn theo chỉ đạo' } : {}) });
  /** Finalizes the meeting's minutes (the one way to "minutes finalized"). */
  const finalize = async (meetingId: number) => {
    const draft = await s.call<{ revision: number; fields: unknown }>('minutes.get', { meetingId });
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] };
    const saved = await s.session.dispatch('minutes.save', { meetingId, expectedRevision: draft.revision, fields: draft.fields, body });
    const revision = saved.ok ? (saved.value as { revision: number }).revision : draft.revision;
    return s.session.dispatch('minutes.finalize', { meetingId, expectedRevision: revision });
  };
  /** Brings a new draft to a status, the way the clerk would. */
  const bring = async (id: number, status: MeetingStatus) => {
    for (const step of PATH[status]) expect((step === 'minutes_finalized' ? await finalize(id) : await move(id, step)).ok).toBe(true);
  };
  return { ...s, create, move, finalize, bring };
}

describe('meetings.setStatus', () => {
  it('finalizing the minutes moves the meeting to "minutes finalized" (through "held" when never marked), in the same transaction', async () => {
    const { create, move, finalize, call } = await open();
    const invited = await create(HELD);
    await move(invited.id, 'invited');
    const done = await finalize(invited.id);
    expect(done.ok ? null : done.error).toBeNull();
    expect((await call<MeetingDetail>('meetings.get', { id: invited.id })).status).toBe('minutes_finalized');
    const cancelled = await create(HELD);
    await move(cancelled.id, 'cancelled');
    const refused = await finalize(cancelled.id);
    expect(refused.ok).toBe(false);
    const minutes = await call<{ status: string }>('minutes.get', { meetingId: cancelled.id });
    expect(minutes.status).toBe('draft');
  });

  it('allows exactly the transitions of the table and refuses every other with a typed error, the meeting unchanged', async () => {
    const { create, move, bring, call } = await open();
    const seen: string[] = [];
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const m = await create(HELD);
        await bring(m.id, from);
        const result = await move(m.id, to);
        const after = await call<MeetingDetail>('meetings.get', { id: m.id });
        if (result.ok) {
          seen.push(`${from}→${to}`);
          expect(after.status).toBe(to);
        } else {
          const message = to === 'minutes_finalized' ? 'finalize_minutes_first' : 'status_transition';
          expect(result.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'status', message }] });
          expect(after.status).toBe(from);
        }
      }
    }
    expect(seen).toEqual(STATUSES.flatMap((from) => ALLOWED[from].map((to) => `${from}→${to}`)));
  }, 60_000);

  it('cancelling needs a reason (refused at the boundary) and keeps it', async () => {
    const { create, session, call } = await open();
    const m = await create();
    const refused = await session.dispatch('meetings.setStatus', { id: m.id, status: 'cancelled' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason', message: 'required' }] } });
    const blank = await session.dispatch('meetings.setStatus', { id: m.id, status: 'cancelled', reason: '  ' });
    expect(blank.ok).toBe(false);
    const done = await call<MeetingDetail>('meetings.setStatus', { id: m.id, status: 'cancelled', reason: 'Trùng lịch' });
    expect(done).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng lịch' });
  });

  it('a cancelled meeting keeps its invitation number, marked cancelled; the next invitation takes the next number', async () => {
    const { create, call, demo } = await open();
    const a = await call<MeetingDetail>('invitations.issue', { meetingId: (await create()).id });
    expect(a.invitation).toMatchObject({ number: 2, symbol: 'Số 02-GM/BCĐ', issuedOn: '2021-01-10' });
    expect(a.status).toBe('invited');
    await call('meetings.setStatus', { id: a.id, status: 'cancelled', reason: 'Hoãn' });
    const numbers = await call<Page<DocumentNumber>>('documentNumbers.list', { committeeId: demo.committeeId, type: 'GM' });
    expect(numbers.items.map((n) => [n.number, n.status])).toEqual([
      [2, 'cancelled'],
      [1, 'issued'],
    ]);
    expect((await call<MeetingDetail>('meetings.get', { id: a.id })).invitation).toMatchObject({ number: 2 });
    const b = await call<MeetingDetail>('invitations.issue', { meetingId: (await create()).id });
    expect(b.invitation?.number).toBe(3);
  });
});

describe('invitations.issue', () => {
  it("dates the invitation with today in the archive's time zone (00:30 in Hà Nội is still the 9th in UTC)", async () => {
    const s = await at('2021-01-09T17:30:00Z');
    const m = await s.call<MeetingDetail>('meetings.create', { committeeId: s.demo.committeeId, kind: 'dot_xuat', title: 'Họp đột xuất', startsAt: '2021-01-11T08:00' });
    const issued = await s.call<MeetingDetail>('invitations.issue', { meetingId: m.id });
    expect(issued.invitation).toMatchObject({ issuedOn: '2021-01-10', number: 2 });
    const again = await s.session.dispatch('invitations.issue', { meetingId: m.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'meetingId', message: 'already_invited' }] } });
  });

  it('issues a number reserved before, and refuses one of another series', async () => {
    const { create, call, session, demo } = await open();
    const gm = await call<DocumentNumber>('documentNumbers.reserve', { committeeId: demo.committeeId, type: 'GM', note: 'Giữ cho hội nghị sơ kết' });
    const tb = await call<DocumentNumber>('documentNumbers.reserve', { committeeId: demo.committeeId, type: 'TB' });
    const m = await create();
    const wrong = await session.dispatch('invitations.issue', { meetingId: m.id, documentNumberId: tb.id });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'documentNumberId', message: 'other_series' }] } });
    const issued = await call<MeetingDetail>('invitations.issue', { meetingId: m.id, documentNumberId: gm.id, issuedOn: '2021-01-10' });
    expect(issued.invitation).toMatchObject({ documentNumberId: gm.id, number: gm.number, issuedOn: '2021-01-10', symbol: 'Số 02-GM/BCĐ' });
    const numbers = await call<Page<DocumentNumber>>('documentNumbers.list', { committeeId: demo.committeeId, type: 'GM' });
    expect(numbers.items.find((n) => n.id === gm.id)).toMatchObject({ status: 'issued' });
  });
});

describe('meetings.create, update, delete', () => {
  it('creates a draft; refuses an impossible time and an end before the start', async () => {
    const { create, session } = await open();
    expect(await create()).toMatchObject({ status: 'draft', agenda: [], guests: [], invitation: null, attendance: { members: 7, present: 0 } });
    for (const bad of [{ startsAt: '2021-02-30T08:00' }, { startsAt: '2021-03-05T24:00' }, { startsAt: '2021-03-05 08:00' }]) {
      const r = await session.dispatch('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'X', ...bad });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'startsAt' }] } });
    }
    const r = await session.dispatch('meetings.create', { committeeId: 1, kind: 'dinh_ky', title: 'X', startsAt: '2021-03-05T08:00', endsAt: '2021-03-05T07:59' });
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: 'endsAt', message: 'ends_before_start' }] } });
  });

  it('refuses to change a meeting whose minutes are finalized', async () => {
    const { create, bring, session, call } = await open();
    const m = await create(HELD);
    await bring(m.id, 'minutes_finalized');
    const r = await session.dispatch('meetings.update', { id: m.id, title: 'Đổi tên' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'status', message: 'meeting_locked' }] } });
    const agenda = await session.dispatch('agenda.add', { meetingId: m.id, title: 'Thêm' });
    expect(agenda).toMatchObject({ ok: false, error: { issues: [{ path: 'status', message: 'meeting_locked' }] } });
    expect((await call<MeetingDetail>('meetings.get', { id: m.id })).title).toBe('Họp định kỳ quý I');
  });

  it('deletes a bare draft; refuses one with an agenda item, guest, attendance or invitation (nothing deleted by cascade)', async () => {
    const { create, session, call, demo } = await open();
    const bare = await create();
    expect(await session.dispatch('meetings.delete', { id: bare.id })).toEqual({ ok: true, value: null });
    expect(await session.dispatch('meetings.get', { id: bare.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const withAgenda = await create();
    const [item] = await call<Array<{ id: number }>>('agenda.add', { meetingId: withAgenda.id, title: 'Báo cáo' });
    const refused = await session.dispatch('meetings.delete', { id: withAgenda.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS' } });
    expect((await call<MeetingDetail>('meetings.get', { id: withAgenda.id })).agenda).toHaveLength(1);
    await call('agenda.remove', { id: item!.id });
    expect((await session.dispatch('meetings.delete', { id: withAgenda.id })).ok).toBe(true);

    const invited = await create();
    await call('invitations.issue', { meetingId: invited.id });
    expect(await session.dispatch('meetings.delete', { id: invited.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    // The demo meeting (held, with minutes and a conclusion).
    expect(await session.dispatch('meetings.delete', { id: demo.meetingId })).toMatchObject({ ok: false });
    expect((await call<MeetingDetail>('meetings.get', { id: demo.meetingId })).agenda).toHaveLength(3);
  });

  it('writes one audit entry per change, in the same transaction', async () => {
    const { create, session, call } = await open();
    const count = async () => Number((await session.archive.db.selectFrom('audit_log').select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const m = await create();
    await call('agenda.add', { meetingId: m.id, title: 'Một' });
    await call('guests.add', { meetingId: m.id, fullName: 'Khách' });
    await call('meetings.update', { id: m.id, place: 'Hội trường' });
    expect((await count()) - before).toBe(4);
    // A refused change writes nothing.
    await session.dispatch('meetings.setStatus', { id: m.id, status: 'minutes_finalized' });
    expect((await count()) - before).toBe(4);
  });
});
