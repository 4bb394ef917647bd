import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from './connection.js';
import type { DemoSummary } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { createPerson, updatePerson } from './people.js';
import { ROSTER_MAX_MEMBERS } from './model/page.js';
import { MEMBER_ROLES } from './model/index.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from './test-support.js';

let archive: Archive;
let demo: DemoSummary;
beforeAll(async () => {
  ({ archive, demo } = await openDemoArchive());
});
afterAll(async () => {
  await archive.close();
  removeTempDirs();
});

const names = (r: { members: Array<{ fullName: string }> }) => r.members.map((m) => m.fullName);

describe('getRoster', () => {
  it('as of 2021-03-05: Trịnh Tuấn Sinh first as truong_ban, former member absent', async () => {
    const roster = await getRoster(archive.db, demo.committeeId, '2021-03-05');
    expect(roster.asOf).toBe('2021-03-05');
    expect(roster.members).toHaveLength(7);
    expect(roster.members[0]).toMatchObject({ fullName: 'Trịnh Tuấn Sinh', role: 'truong_ban', decisionNumber: '25-QĐ/TU' });
    expect(names(roster)).not.toContain('Vũ Văn Minh');
    expect(roster.committee.id).toBe(demo.committeeId);
    expect(roster.committee.memberCount).toBe(7);
  });

  it('orders by role, then by given name within a role', async () => {
    const roster = await getRoster(archive.db, demo.committeeId, '2021-01-13');
    const ranks = roster.members.map((m) => (MEMBER_ROLES as readonly string[]).indexOf(m.role));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(roster.members.map((m) => m.role)).toEqual([
      'truong_ban',
      'pho_truong_ban_thuong_truc',
      'pho_truong_ban',
      'uy_vien',
      'uy_vien',
      'uy_vien',
      'thu_ky',
    ]);
    // Ủy viên by given name: Cường, Dung, Hải.
    expect(names(roster).slice(3, 6)).toEqual(['Phạm Văn Cường', 'Hoàng Thị Dung', 'Đỗ Văn Hải']);
  });

  it('as of 2020-01-01: the former member and none of the 2020-10-26 members', async () => {
    const roster = await getRoster(archive.db, demo.committeeId, '2020-01-01');
    expect(names(roster)).toEqual(['Vũ Văn Minh']);
    expect(roster.members[0]).toMatchObject({ fromDate: '2016-05-10', toDate: '2020-10-26', role: 'uy_vien' });
    expect(roster.committee.memberCount).toBe(1);
  });

  it('on 2020-01-01 shows the position of the appointment, not today\'s title', async () => {
    const [minh] = (await getRoster(archive.db, demo.committeeId, '2020-01-01')).members;
    expect(minh).toMatchObject({ fullName: 'Vũ Văn Minh', position: 'Chánh Thanh tra tỉnh' });
    const person = await archive.db.selectFrom('people').select('position').where('id', '=', minh!.personId).executeTakeFirstOrThrow();
    expect(person.position).toBe('Nguyên Chánh Thanh tra tỉnh');
  });

  it('a later change of a person\'s post does not rewrite a past roster', async () => {
    const roster = await getRoster(archive.db, demo.committeeId, '2021-01-13');
    const hai = roster.members.find((m) => m.fullName === 'Đỗ Văn Hải')!;
    await updatePerson(archive.db, hai.personId, { position: 'Phó Chủ tịch HĐND tỉnh' }, TEST_ACTOR);
    const again = await getRoster(archive.db, demo.committeeId, '2021-01-13');
    expect(again.members.find((m) => m.fullName === 'Đỗ Văn Hải')?.position).toBe('Chánh Thanh tra tỉnh');
    await updatePerson(archive.db, hai.personId, { position: 'Chánh Thanh tra tỉnh' }, TEST_ACTOR);
  });

  it('from_date is inclusive and to_date exclusive: the reconstitution day itself', async () => {
    expect(names(await getRoster(archive.db, demo.committeeId, '2020-10-25'))).toEqual(['Vũ Văn Minh']);
    const onTheDay = names(await getRoster(archive.db, demo.committeeId, '2020-10-26'));
    expect(onTheDay).toHaveLength(7);
    expect(onTheDay).not.toContain('Vũ Văn Minh');
  });

  it('before anyone joined, the roster is empty', async () => {
    expect((await getRoster(archive.db, demo.committeeId, '2016-05-09')).members).toEqual([]);
  });

  it('shows only memberships of that committee', async () => {
    const other = await archive.db
      .insertInto('committees')
      .values({ name: 'BCĐ huyện', level: 'huyen', created_at: 'x', updated_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = await createPerson(archive.db, { fullName: 'Mai Văn Tư' }, TEST_ACTOR);
    await archive.db
      .insertInto('memberships')
      .values({ person_id: p.id, committee_id: other.id, role: 'truong_ban', from_date: '2021-01-01', created_at: 'x' })
      .execute();
    expect(names(await getRoster(archive.db, other.id, '2021-06-01'))).toEqual(['Mai Văn Tư']);
    expect(names(await getRoster(archive.db, demo.committeeId, '2021-06-01'))).not.toContain('Mai Văn Tư');
  });

  it('throws NOT_FOUND for a committee that does not exist', async () => {
    const error = await getRoster(archive.db, 9999, '2021-01-13').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('NOT_FOUND');
  });

  it('lists at most ROSTER_MAX_MEMBERS, the head of the committee first, and says it cut the rest', async () => {
    const big = await archive.db
      .insertInto('committees')
      .values({ name: 'BCĐ đông người', level: 'tinh', created_at: 'x', updated_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i <= ROSTER_MAX_MEMBERS; i += 1) {
      const p = await createPerson(archive.db, { fullName: `Lê Văn Số ${i}` }, TEST_ACTOR);
      const role = i === ROSTER_MAX_MEMBERS ? 'truong_ban' : 'uy_vien';
      await archive.db
        .insertInto('memberships')
        .values({ person_id: p.id, committee_id: big.id, role, from_date: '2021-01-01', created_at: 'x' })
        .execute();
    }
    const roster = await getRoster(archive.db, big.id, '2021-06-01');
    expect(roster.members).toHaveLength(ROSTER_MAX_MEMBERS);
    expect(roster.truncated).toBe(true);
    expect(roster.members[0]).toMatchObject({ fullName: `Lê Văn Số ${ROSTER_MAX_MEMBERS}`, role: 'truong_ban' });
    expect((await getRoster(archive.db, demo.committeeId, '2021-06-01')).truncated).toBe(false);
  }, 60_000);
});
