import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, InviteeList, MeetingDetail, MeetingGuest } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The agenda (ordered, reordered in one transaction), the guests and the invitees, through the real dispatch.

const at = useDemoSessionAt();

async function meeting() {
  const s = await at('2021-01-10T02:00:00Z');
  const m = await s.call<MeetingDetail>('meetings.create', { committeeId: s.demo.committeeId, kind: 'so_ket', title: 'Sơ kết 6 tháng', startsAt: '2021-07-02T08:00' });
  const titles = (items: AgendaItem[]) => items.map((i) => `${i.order}:${i.title}`);
  return { ...s, m, titles };
}

describe('agenda', () => {
  it('adds at the end or at a place, moves one item in either direction, removes and closes the gap', async () => {
    const { m, call, titles } = await meeting();
    await call('agenda.add', { meetingId: m.id, title: 'A' });
    await call('agenda.add', { meetingId: m.id, title: 'B', plannedMinutes: 20 });
    let agenda = await call<AgendaItem[]>('agenda.add', { meetingId: m.id, title: 'C' });
    expect(titles(agenda)).toEqual(['1:A', '2:B', '3:C']);
    agenda = await call<AgendaItem[]>('agenda.add', { meetingId: m.id, title: 'D', order: 1 });
    expect(titles(agenda)).toEqual(['1:D', '2:A', '3:B', '4:C']);
    const id = (t: string) => agenda.find((i) => i.title === t)!.id;
    agenda = await call<AgendaItem[]>('agenda.move', { id: id('D'), order: 3 });
    expect(titles(agenda)).toEqual(['1:A', '2:B', '3:D', '4:C']);
    agenda = await call<AgendaItem[]>('agenda.move', { id: id('C'), order: 1 });
    expect(titles(agenda)).toEqual(['1:C', '2:A', '3:B', '4:D']);
    agenda = await call<AgendaItem[]>('agenda.move', { id: id('A'), order: 99 });
    expect(titles(agenda)).toEqual(['1:C', '2:B', '3:D', '4:A']);
    agenda = await call<AgendaItem[]>('agenda.remove', { id: id('B') });
    expect(titles(agenda)).toEqual(['1:C', '2:D', '3:A']);
    expect((await call<MeetingDetail>('meetings.get', { id: m.id })).agenda.map((i) => i.title)).toEqual(['C', 'D', 'A']);
  });

  it('a move refused half-way leaves the order as it was (one transaction)', async () => {
    const { m, call, session, titles } = await meeting();
    for (const t of ['A', 'B', 'C']) await call('agenda.add', { meetingId: m.id, title: t });
    const agenda = await call<AgendaItem[]>('meetings.get', { id: m.id }).then((d) => (d as unknown as MeetingDetail).agenda);
    // A trigger that fails a later renumbering update, as a disk error would (the handlers use this connection).
    await sql`create temp trigger fail_move before update of position on agenda_items when new.position = 2
      begin select raise(abort, 'simulated failure'); end`.execute(session.archive.db);
    const r = await session.dispatch('agenda.move', { id: agenda[2]!.id, order: 1 });
    expect(r.ok).toBe(false);
    await sql`drop trigger temp.fail_move`.execute(session.archive.db);
    expect(titles((await call<MeetingDetail>('meetings.get', { id: m.id })).agenda)).toEqual(['1:A', '2:B', '3:C']);
  });

  it('a presenter is a person or a free name, never both', async () => {
    const { m, call, session } = await meeting();
    const agenda = await call<AgendaItem[]>('agenda.add', { meetingId: m.id, title: 'Báo cáo', presenterPersonId: 2 });
    expect(agenda[0]).toMatchObject({ presenterPersonId: 2, presenterName: 'Nguyễn Văn An' });
    const free = await call<AgendaItem[]>('agenda.update', { id: agenda[0]!.id, presenterName: 'Đại diện Sở Tư pháp' });
    expect(free[0]).toMatchObject({ presenterPersonId: null, presenterName: 'Đại diện Sở Tư pháp' });
    const both = await session.dispatch('agenda.add', { meetingId: m.id, title: 'X', presenterPersonId: 2, presenterName: 'Y' });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'presenterName', message: 'two_presenters' }] } });
    const controlChar = await session.dispatch('agenda.add', { meetingId: m.id, title: 'Báo\u0007cáo' });
    expect(controlChar).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'title' }] } });
  });
});

describe('guests and invitees', () => {
  it('the invitees are the roster of the meeting day, then the guests in order', async () => {
    const { m, call, demo } = await meeting();
    await call('guests.add', { meetingId: m.id, fullName: 'Lê Văn Khách', position: 'Giám đốc', organisation: 'Sở Tư pháp' });
    const guests = await call<MeetingGuest[]>('guests.add', { meetingId: m.id, fullName: 'Phan Thị Mời' });
    expect(guests.map((g) => [g.order, g.fullName])).toEqual([
      [1, 'Lê Văn Khách'],
      [2, 'Phan Thị Mời'],
    ]);
    const list = await call<InviteeList>('meetings.invitees', { meetingId: m.id });
    expect(list.asOf).toBe('2021-07-02');
    expect(list.invitees.filter((i) => i.kind === 'member')).toHaveLength(7);
    expect(list.invitees.slice(-2).map((i) => i.fullName)).toEqual(['Lê Văn Khách', 'Phan Thị Mời']);
    // Vũ Văn Minh left on 26/10/2020: on the roster of an older meeting day, not of this one.
    expect(list.invitees.some((i) => i.fullName === 'Vũ Văn Minh')).toBe(false);
    const old = await call<MeetingDetail>('meetings.create', { committeeId: demo.committeeId, kind: 'dinh_ky', title: 'Cũ', startsAt: '2020-06-01T08:00' });
    const oldList = await call<InviteeList>('meetings.invitees', { meetingId: old.id });
    expect(oldList.invitees.some((i) => i.fullName === 'Vũ Văn Minh')).toBe(true);

    const removed = await call<MeetingGuest[]>('guests.remove', { id: guests[0]!.id });
    expect(removed.map((g) => [g.order, g.fullName])).toEqual([[1, 'Phan Thị Mời']]);
  });

  it('a guest whose attendance is recorded cannot be removed', async () => {
    const { m, call, session } = await meeting();
    const [g] = await call<MeetingGuest[]>('guests.add', { meetingId: m.id, fullName: 'Khách' });
    await call('attendance.set', { meetingId: m.id, rows: [{ guestId: g!.id, status: 'present' }] });
    expect(await session.dispatch('guests.remove', { id: g!.id })).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS' } });
    await call('attendance.set', { meetingId: m.id, rows: [{ guestId: g!.id, status: null }] });
    expect((await session.dispatch('guests.remove', { id: g!.id })).ok).toBe(true);
  });
});
