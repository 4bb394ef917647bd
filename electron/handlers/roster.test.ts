import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DemoSummary, loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import type { Committee, MeetingSummary, Page, Person, PersonDetail, Roster } from '../contract.js';
import { type Session, openSession } from './session.js';

let session: Session;
let demo: DemoSummary;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
  demo = await loadDemo(session.archive.db, TEST_ACTOR);
});
afterEach(() => session.close());
afterAll(removeTempDirs);

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await session.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('roster handlers', () => {
  it('roster.get passes the date through', async () => {
    const past = await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2020-01-01' });
    expect(past.members.map((m) => m.fullName)).toEqual(['Vũ Văn Minh']);
    const today = await value<Roster>('roster.get', { committeeId: demo.committeeId });
    expect(today.members[0]).toMatchObject({ fullName: 'Trịnh Tuấn Sinh', role: 'truong_ban' });
  });

  it('committees.update applies the patch without touching other fields', async () => {
    const updated = await value<Committee>('committees.update', { id: demo.committeeId, shortName: 'BCĐ QCDC tỉnh' });
    expect(updated).toMatchObject({
      shortName: 'BCĐ QCDC tỉnh',
      name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
      documentFormat: 'party',
      conclusionSymbol: 'TB/BCĐ',
    });
    const cleared = await value<Committee>('committees.update', { id: demo.committeeId, shortName: '' });
    expect(cleared.shortName).toBeNull();
  });

  it('committees.create under a parent, then listed', async () => {
    const child = await value<Committee>('committees.create', {
      name: 'BCĐ huyện Thọ Xuân',
      level: 'huyen',
      parentCommitteeId: demo.committeeId,
    });
    expect(child.parentCommitteeId).toBe(demo.committeeId);
    const list = (await value<Page<Committee>>('committees.list', {})).items;
    expect(list.map((c) => c.id).sort()).toEqual([demo.committeeId, child.id].sort());
  });

  it('people.update of one field keeps the rest; people.list folds the query', async () => {
    const [hai] = (await value<Page<Person>>('people.list', { query: 'do van hai' })).items;
    expect(hai?.fullName).toBe('Đỗ Văn Hải');
    const updated = await value<PersonDetail>('people.update', { id: hai!.id, phone: '0237.3852.123' });
    expect(updated).toMatchObject({ phone: '0237.3852.123', position: 'Chánh Thanh tra tỉnh', fullName: 'Đỗ Văn Hải' });
    expect(updated.memberships).toHaveLength(1);
  });

  it('meetings.list and dashboard.counts answer for the demo', async () => {
    const meetings = await value<Page<MeetingSummary>>('meetings.list', { committeeId: demo.committeeId });
    expect(meetings.items).toEqual([
      expect.objectContaining({ id: demo.meetingId, chairName: 'Trịnh Tuấn Sinh', kind: 'tong_ket', conclusionCount: 1 }),
    ]);
    expect((await value<Page<MeetingSummary>>('meetings.list', { committeeId: demo.committeeId + 1 })).items).toEqual([]);
    const counts = await value<{ activeMembers: number; asOf: string }>('dashboard.counts', { asOf: '2020-01-01' });
    expect(counts).toMatchObject({ asOf: '2020-01-01', activeMembers: 1 });
  });

  it('every list takes a limit of at most 200 (default 50) and refuses other paging input', async () => {
    for (const name of ['people.list', 'meetings.list', 'committees.list']) {
      for (const input of [{ limit: 201 }, { limit: 0 }, { limit: 2.5 }, { offset: -1 }, { cursor: '' }]) {
        const result = await session.dispatch(name, input);
        if (name !== 'committees.list' && 'offset' in input) continue;
        if (name === 'committees.list' && 'cursor' in input) continue;
        expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
      expect(await session.dispatch(name, { limit: 200 })).toMatchObject({ ok: true });
    }
    for (let i = 0; i < 55; i += 1) await value('people.create', { fullName: `Nguyễn Văn Số ${i}` });
    const page = await value<Page<Person>>('people.list', {});
    expect(page.items).toHaveLength(50);
    const rest = await value<Page<Person>>('people.list', { cursor: page.nextCursor });
    expect(rest.items).toHaveLength(55 + 8 - 50);
  });

  it('a cursor from another list is refused as a Result, not a throw', async () => {
    const result = await session.dispatch('people.list', { cursor: '["2021-01-13T08:00", 1, 2]' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
