import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0007-meetings') + 1;

/** An archive one version before 0007: three meetings in the old statuses, an agenda, members, a guest and a delegate. */
async function before0007() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
    insert into people (id, full_name) values (1, 'Trịnh Tuấn Sinh'), (2, 'Trần Thị Lan');
    insert into meetings (id, committee_id, kind, title, starts_at, status) values
      (1, 1, 'tong_ket', 'Tổng kết', '2021-01-13T08:00', 'held'),
      (2, 1, 'so_ket', 'Sơ kết', '2021-07-01T08:00', 'minutes_approved'),
      (5, 1, 'dinh_ky', 'Định kỳ', '2021-10-01T08:00', 'draft');
    insert into agenda_items (id, meeting_id, position, title, presenter_person_id) values (1, 1, 1, 'Báo cáo', 1), (2, 1, 2, 'Thảo luận', null);
    insert into attendance (id, meeting_id, person_id, guest_name, guest_title, status, reason, delegate_name) values
      (1, 1, 1, null, null, 'present', null, null),
      (2, 1, 2, null, null, 'delegated', null, 'Nguyễn Văn Phó'),
      (3, 1, null, 'Đại biểu Tỉnh ủy', 'Ủy viên BTV', 'present', null, null),
      (4, 2, 1, null, null, 'absent', 'Đi công tác', null);
  `);
  return raw;
}

describe('0007-meetings', () => {
  it('maps the old statuses, keeps every row and id, moves the guests out of attendance, turns delegated into represented', async () => {
    const raw = await before0007();
    await migrateTo(raw.db, raw.sqlite, version);
    const all = (q: string) => raw.sqlite.prepare(q).all();
    expect(all('select id, status, cancel_reason, invitation_number_id from meetings order by id')).toEqual([
      { id: 1, status: 'held', cancel_reason: null, invitation_number_id: null },
      { id: 2, status: 'minutes_finalized', cancel_reason: null, invitation_number_id: null },
      { id: 5, status: 'draft', cancel_reason: null, invitation_number_id: null },
    ]);
    expect(raw.sqlite.prepare(`select seq from sqlite_sequence where name = 'meetings'`).pluck().get()).toBe(5);
    expect(all('select id, position, title, presenter_person_id, presenter_name, planned_minutes from agenda_items order by id')).toEqual([
      { id: 1, position: 1, title: 'Báo cáo', presenter_person_id: 1, presenter_name: null, planned_minutes: null },
      { id: 2, position: 2, title: 'Thảo luận', presenter_person_id: null, presenter_name: null, planned_minutes: null },
    ]);
    expect(all('select id, meeting_id, sort_order, full_name, position from meeting_guests')).toEqual([
      { id: 3, meeting_id: 1, sort_order: 1, full_name: 'Đại biểu Tỉnh ủy', position: 'Ủy viên BTV' },
    ]);
    expect(all('select id, meeting_id, person_id, guest_id, status, reason, representative_name from attendance order by id')).toEqual([
      { id: 1, meeting_id: 1, person_id: 1, guest_id: null, status: 'present', reason: null, representative_name: null },
      { id: 2, meeting_id: 1, person_id: 2, guest_id: null, status: 'represented', reason: null, representative_name: 'Nguyễn Văn Phó' },
      { id: 3, meeting_id: 1, person_id: null, guest_id: 3, status: 'present', reason: null, representative_name: null },
      { id: 4, meeting_id: 2, person_id: 1, guest_id: null, status: 'absent', reason: 'Đi công tác', representative_name: null },
    ]);
    const indexes = raw.sqlite.prepare(`select name from pragma_index_list('meetings') order by name`).pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['meetings_committee', 'meetings_starts', 'meetings_kind', 'meetings_status', 'meetings_chair', 'meetings_secretary']));
    await raw.close();
  });

  it('the schema keeps a cancel reason with cancelled only, one attendance row per guest, an agenda presenter once', async () => {
    const raw = await before0007();
    await migrateTo(raw.db, raw.sqlite, version);
    const run = (q: string) => () => raw.sqlite.exec(q);
    expect(run(`update meetings set status = 'cancelled' where id = 5`)).toThrow(/CHECK/);
    expect(run(`update meetings set cancel_reason = 'x' where id = 5`)).toThrow(/CHECK/);
    raw.sqlite.exec(`update meetings set status = 'cancelled', cancel_reason = 'Hoãn' where id = 5`);
    expect(run(`insert into attendance (meeting_id, guest_id, status) values (1, 3, 'absent')`)).toThrow(/UNIQUE/);
    expect(run(`update agenda_items set presenter_name = 'Ai đó' where id = 1`)).toThrow(/CHECK/);
    expect(run(`delete from meetings where id = 1`)).toThrow(/FOREIGN KEY/);
    await raw.close();
  });

  it('down brings back the old statuses, the guests into attendance and delegated', async () => {
    const raw = await before0007();
    const before = raw.sqlite.prepare('select * from attendance order by id').all();
    await migrateTo(raw.db, raw.sqlite, version);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    expect(raw.sqlite.prepare('select id, status from meetings order by id').all()).toEqual([
      { id: 1, status: 'held' },
      { id: 2, status: 'minutes_approved' },
      { id: 5, status: 'draft' },
    ]);
    expect(raw.sqlite.prepare('select * from attendance order by id').all()).toEqual(before);
    await raw.close();
  });
});
