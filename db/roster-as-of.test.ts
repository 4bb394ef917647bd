import { describe, expect, it } from 'vitest';
import { setRoles } from './committee-roles.js';
import { createCommittee } from './committees.js';
import { createMembership, endMembership } from './memberships.js';
import { createPerson } from './people.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, useTempArchive } from './test-support.js';

// The roster as of a day, at its boundaries: from_date inclusive, to_date exclusive (the
// ending decision takes effect on to_date: the member is off the roster that day).

const t = useTempArchive();
const TODAY = '2026-11-28';

async function setup() {
  const committee = await createCommittee(t.db, { name: 'BCĐ huyện Thọ Xuân', level: 'huyen' }, TEST_ACTOR, TODAY);
  const person = async (fullName: string) => (await createPerson(t.db, { fullName }, TEST_ACTOR)).id;
  return { committeeId: committee.id, person };
}

const names = async (committeeId: number, day: string) => (await getRoster(t.db, committeeId, day)).members.map((m) => m.fullName);

describe('roster as of a day', () => {
  it('a term ending on the day is off the roster that day and on it the day before', async () => {
    const { committeeId, person } = await setup();
    const m = await createMembership(t.db, { personId: await person('Lê Văn An'), committeeId, role: 'uy_vien', fromDate: '2020-01-01' }, TEST_ACTOR);
    await endMembership(t.db, m.id, '2021-06-30', null, TEST_ACTOR);
    expect(await names(committeeId, '2021-06-29')).toEqual(['Lê Văn An']);
    expect(await names(committeeId, '2021-06-30')).toEqual([]);
  });

  it('a term starting on the day is on the roster that day, not the day before', async () => {
    const { committeeId, person } = await setup();
    await createMembership(t.db, { personId: await person('Lê Văn An'), committeeId, role: 'uy_vien', fromDate: '2021-03-05' }, TEST_ACTOR);
    expect(await names(committeeId, '2021-03-04')).toEqual([]);
    expect(await names(committeeId, '2021-03-05')).toEqual(['Lê Văn An']);
  });

  it('an open-ended term holds on any later day', async () => {
    const { committeeId, person } = await setup();
    await createMembership(t.db, { personId: await person('Lê Văn An'), committeeId, role: 'uy_vien', fromDate: '2010-01-01' }, TEST_ACTOR);
    expect(await names(committeeId, '2010-01-01')).toEqual(['Lê Văn An']);
    expect(await names(committeeId, '2099-12-31')).toEqual(['Lê Văn An']);
  });

  it('ended then renewed: the gap is empty, each side shows the role of its own term', async () => {
    const { committeeId, person } = await setup();
    const an = await person('Lê Văn An');
    await createMembership(t.db, { personId: an, committeeId, role: 'uy_vien', position: 'Phó Giám đốc Sở', fromDate: '2015-01-01', toDate: '2020-01-01' }, TEST_ACTOR);
    await createMembership(t.db, { personId: an, committeeId, role: 'pho_truong_ban', position: 'Giám đốc Sở', fromDate: '2020-06-01' }, TEST_ACTOR);
    const before = await getRoster(t.db, committeeId, '2019-12-31');
    expect(before.members.map((m) => [m.roleName, m.position])).toEqual([['Ủy viên', 'Phó Giám đốc Sở']]);
    expect(await names(committeeId, '2020-01-01')).toEqual([]);
    expect(await names(committeeId, '2020-05-31')).toEqual([]);
    const after = await getRoster(t.db, committeeId, '2020-06-01');
    expect(after.members.map((m) => [m.roleName, m.position])).toEqual([['Phó Trưởng ban', 'Giám đốc Sở']]);
  });

  it("ends and renews back to back: the day of the change shows only the new term", async () => {
    const { committeeId, person } = await setup();
    const an = await person('Lê Văn An');
    await createMembership(t.db, { personId: an, committeeId, role: 'uy_vien', fromDate: '2015-01-01', toDate: '2020-01-01' }, TEST_ACTOR);
    const renewed = await createMembership(t.db, { personId: an, committeeId, role: 'truong_ban', fromDate: '2020-01-01' }, TEST_ACTOR);
    expect(renewed.warnings).toEqual([]);
    expect((await getRoster(t.db, committeeId, '2020-01-01')).members.map((m) => m.role)).toEqual(['truong_ban']);
  });

  it("orders by the committee's own list of roles, then by given name", async () => {
    const { committeeId, person } = await setup();
    const add = async (fullName: string, role: string) =>
      createMembership(t.db, { personId: await person(fullName), committeeId, role, fromDate: '2020-01-01' }, TEST_ACTOR);
    await add('Trần Thị Yến', 'uy_vien');
    await add('Nguyễn Văn Bình', 'uy_vien');
    await add('Hoàng Văn Đức', 'thu_ky');
    await add('Phạm Văn Cường', 'truong_ban');
    expect(await names(committeeId, '2021-01-01')).toEqual(['Phạm Văn Cường', 'Nguyễn Văn Bình', 'Trần Thị Yến', 'Hoàng Văn Đức']);
    // The clerk puts Thư ký above Ủy viên in this committee's list.
    const roles = (await setRoles(t.db, committeeId, [
      { code: 'truong_ban', name: 'Trưởng ban' },
      { code: 'thu_ky', name: 'Thư ký' },
      { code: 'uy_vien', name: 'Thành viên' },
    ], TEST_ACTOR)).items;
    expect(roles.map((r) => r.code)).toEqual(['truong_ban', 'thu_ky', 'uy_vien']);
    const roster = await getRoster(t.db, committeeId, '2021-01-01');
    expect(roster.members.map((m) => `${m.fullName} (${m.roleName})`)).toEqual([
      'Phạm Văn Cường (Trưởng ban)',
      'Hoàng Văn Đức (Thư ký)',
      'Nguyễn Văn Bình (Thành viên)',
      'Trần Thị Yến (Thành viên)',
    ]);
  });
});
