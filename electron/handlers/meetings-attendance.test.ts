import { describe, expect, it } from 'vitest';
import { type AttendanceSheet, type MeetingDetail, attendanceLine } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// Attendance through the real dispatch: every member of the meeting day's roster and every
// guest, "có mặt x/y", one row or many in one transaction.

const at = useDemoSessionAt();

async function meeting() {
  const s = await at('2021-01-10T02:00:00Z');
  const m = await s.call<MeetingDetail>('meetings.create', { committeeId: s.demo.committeeId, kind: 'dinh_ky', title: 'Họp', startsAt: '2021-03-05T08:00' });
  const sheet = await s.call<AttendanceSheet>('attendance.get', { meetingId: m.id });
  const person = (name: string) => sheet.rows.find((r) => r.fullName === name)!.personId!;
  return { ...s, m, sheet, person };
}

describe('attendance', () => {
  it('lists every member of the roster of the meeting day, none recorded yet: có mặt 0/7', async () => {
    const { sheet } = await meeting();
    expect(sheet.asOf).toBe('2021-03-05');
    expect(sheet.rows).toHaveLength(7);
    expect(sheet.rows.every((r) => r.kind === 'member' && r.status === null)).toBe(true);
    expect(sheet.summary).toMatchObject({ members: 7, present: 0, unrecorded: 7 });
    expect(attendanceLine(sheet.summary)).toBe('có mặt 0/7');
  });

  it('counts x present of y members; represented and absent are not present; guests apart', async () => {
    const { m, call, sheet, person, session } = await meeting();
    const [g] = await call<MeetingDetail['guests']>('guests.add', { meetingId: m.id, fullName: 'Khách mời' });
    const members = sheet.rows.map((r) => r.personId!);
    const after = await call<AttendanceSheet>('attendance.set', {
      meetingId: m.id,
      rows: [
        ...members.map((personId) => ({ personId, status: 'present' })),
        { personId: person('Hoàng Thị Dung'), status: 'represented', representativeName: 'Nguyễn Thị Hà', representativePosition: 'Phó Giám đốc Sở Nội vụ' },
        { personId: person('Đỗ Văn Hải'), status: 'absent', reason: 'Đi công tác' },
        { guestId: g!.id, status: 'present' },
      ],
    });
    expect(after.summary).toEqual({ members: 7, present: 5, represented: 1, absent: 1, unrecorded: 0, guests: 1, guestsPresent: 1 });
    expect(after.rows.find((r) => r.fullName === 'Hoàng Thị Dung')).toMatchObject({ status: 'represented', representativeName: 'Nguyễn Thị Hà' });
    expect(after.rows.find((r) => r.fullName === 'Đỗ Văn Hải')).toMatchObject({ status: 'absent', reason: 'Đi công tác' });
    expect(attendanceLine((await call<MeetingDetail>('meetings.get', { id: m.id })).attendance)).toBe('có mặt 5/7');

    // Back to present: the reason and the representative go; cleared: not recorded.
    const again = await call<AttendanceSheet>('attendance.set', {
      meetingId: m.id,
      rows: [
        { personId: person('Hoàng Thị Dung'), status: 'present' },
        { personId: person('Đỗ Văn Hải'), status: null },
      ],
    });
    expect(again.rows.find((r) => r.fullName === 'Hoàng Thị Dung')).toMatchObject({ status: 'present', representativeName: null });
    expect(again.summary).toMatchObject({ present: 6, represented: 0, absent: 0, unrecorded: 1 });
    // One row per member and guest, however often it was set: 6 members and the guest.
    const stored = await session.archive.db.selectFrom('attendance').select('person_id').where('meeting_id', '=', m.id).execute();
    expect(stored).toHaveLength(7);
  });

  it('refuses a person not on that day\'s roster, and then writes none of the rows', async () => {
    const { m, call, session, person } = await meeting();
    const minh = (await session.archive.db.selectFrom('people').select('id').where('full_name', '=', 'Vũ Văn Minh').executeTakeFirstOrThrow()).id;
    const r = await session.dispatch('attendance.set', {
      meetingId: m.id,
      rows: [
        { personId: person('Trịnh Tuấn Sinh'), status: 'present' },
        { personId: minh, status: 'present' },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'rows.1.personId', message: 'not_on_roster' }] } });
    expect((await call<AttendanceSheet>('attendance.get', { meetingId: m.id })).summary.present).toBe(0);
  });

  it('refuses at the boundary: a represented member without a representative, a reason unless absent, neither member nor guest', async () => {
    const { m, session, person } = await meeting();
    const sinh = person('Trịnh Tuấn Sinh');
    const cases: Array<[unknown, string]> = [
      [{ personId: sinh, status: 'represented' }, 'rows.0.representativeName'],
      [{ personId: sinh, status: 'present', reason: 'x' }, 'rows.0.reason'],
      [{ status: 'present' }, 'rows.0.personId'],
      [{ personId: sinh, guestId: 1, status: 'present' }, 'rows.0.personId'],
    ];
    for (const [row, path] of cases) {
      const r = await session.dispatch('attendance.set', { meetingId: m.id, rows: [row] });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path })] } });
    }
  });

  it('the demo meeting: 7 members on 13/01/2021, có mặt 5/7, one represented, one absent, two guests', async () => {
    const { call, demo } = await meeting();
    const d = await call<MeetingDetail>('meetings.get', { id: demo.meetingId });
    expect(d.attendance).toEqual({ members: 7, present: 5, represented: 1, absent: 1, unrecorded: 0, guests: 2, guestsPresent: 2 });
    expect(d.invitation).toMatchObject({ number: 1, symbol: 'Số 01-GM/BCĐ', issuedOn: '2021-01-08' });
    expect(d.agenda.map((i) => i.presenterName)).toEqual(['Nguyễn Văn An', null, 'Trịnh Tuấn Sinh']);
  });
});
