import { describe, expect, it } from 'vitest';
import { listRoles, setRoles } from './committee-roles.js';
import { createCommittee, getCommittee, listCommittees, moveCommittee, updateCommittee } from './committees.js';
import { deleteCommittee } from './delete-records.js';
import { createMembership } from './memberships.js';
import { DEFAULT_ROLE_NAMES, MEMBER_ROLES } from './model/index.js';
import { createPerson } from './people.js';
import { TEST_ACTOR, countAllRows, useTempArchive } from './test-support.js';

const t = useTempArchive();
const TODAY = '2026-11-28';

const create = (name: string, parentCommitteeId: number | null = null, level: 'tinh' | 'huyen' | 'xa' = 'huyen') =>
  createCommittee(t.db, { name, level, parentCommitteeId }, TEST_ACTOR, TODAY);

describe('committees as a tree', () => {
  it('stores the document settings; the issuing body in capitals', async () => {
    const c = await createCommittee(
      t.db,
      { name: 'Ban Chỉ đạo tỉnh', level: 'tinh', documentFormat: 'party', issuingBody: 'Ban Chỉ đạo', parentBody: 'Tỉnh ủy Thanh Hóa', symbol: 'BCĐ', placeName: 'Thanh Hóa', timeZone: 'Asia/Ho_Chi_Minh' },
      TEST_ACTOR,
      TODAY,
    );
    expect(await getCommittee(t.db, c.id, TODAY)).toMatchObject({
      documentFormat: 'party',
      issuingBody: 'BAN CHỈ ĐẠO',
      parentBody: 'Tỉnh ủy Thanh Hóa',
      symbol: 'BCĐ',
      placeName: 'Thanh Hóa',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect((await updateCommittee(t.db, c.id, { timeZone: null, symbol: 'BCĐ QCDC' }, TEST_ACTOR, TODAY))).toMatchObject({ timeZone: null, symbol: 'BCĐ QCDC', issuingBody: 'BAN CHỈ ĐẠO' });
  });

  it('a duplicate name under the same parent is saved with a warning; under another parent, without', async () => {
    const tinh = await create('BCĐ tỉnh', null, 'tinh');
    const first = await create('BCĐ huyện Thọ Xuân', tinh.id);
    const same = await create('  bcđ HUYỆN thọ xuân ', tinh.id);
    expect(first.warnings).toEqual([]);
    expect(same.warnings).toEqual([expect.objectContaining({ code: 'duplicate_committee_name', ids: [first.id] })]);
    // The look-alike Ð (U+00D0): the same name by the one rule (sameCommitteeName, db/model/fold.ts).
    const eth = await create('BC\u00D0 huyện Thọ Xuân', tinh.id);
    expect(eth.warnings[0]?.ids.sort()).toEqual([first.id, same.id].sort());
    const elsewhere = await create('BCĐ huyện Thọ Xuân', null);
    expect(elsewhere.warnings).toEqual([]);
    // Moving it under the same parent warns too.
    expect((await moveCommittee(t.db, elsewhere.id, tinh.id, TEST_ACTOR, TODAY)).warnings[0]?.ids.sort()).toEqual([first.id, same.id, eth.id].sort());
  });

  it('searches names by the fold, any committee of any number: the pickers reach the 250th', async () => {
    for (let i = 1; i <= 250; i++) await create(`BCĐ xã Đông Sơn số ${String(i).padStart(3, '0')}`, null, 'xa');
    const found = await listCommittees(t.db, { query: 'dong  SON so 250', limit: 50 }, TODAY);
    expect(found.items.map((c) => c.name)).toEqual(['BCĐ xã Đông Sơn số 250']);
    expect(found).toMatchObject({ total: 1, hasMore: false });
    const page = await listCommittees(t.db, { query: 'đông sơn', limit: 50, offset: 200 }, TODAY);
    expect(page.items.map((c) => c.name)).toEqual(Array.from({ length: 50 }, (_, i) => `BCĐ xã Đông Sơn số ${201 + i}`));
    expect(page).toMatchObject({ total: 250, hasMore: false });
    expect((await listCommittees(t.db, { query: 'so 25', limit: 50 }, TODAY)).items.map((c) => c.name.slice(-3))).toEqual(['025', '125', '225', '250']);
    expect((await listCommittees(t.db, { query: 'huyện' }, TODAY)).items).toEqual([]);
  });

  it('moves a committee; refuses to put it under itself or its own descendant, writing nothing', async () => {
    const tinh = await create('BCĐ tỉnh', null, 'tinh');
    const huyen = await create('BCĐ huyện', tinh.id);
    const xa = await create('BCĐ xã', huyen.id, 'xa');
    const counts = await countAllRows(t.db);
    await expect(moveCommittee(t.db, tinh.id, xa.id, TEST_ACTOR, TODAY)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(moveCommittee(t.db, tinh.id, tinh.id, TEST_ACTOR, TODAY)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await countAllRows(t.db)).toEqual(counts);
    const moved = await moveCommittee(t.db, xa.id, tinh.id, TEST_ACTOR, TODAY);
    expect(moved.parentCommitteeId).toBe(tinh.id);
    expect((await listCommittees(t.db, { parentCommitteeId: tinh.id }, TODAY)).items.map((c) => c.name)).toEqual(['BCĐ huyện', 'BCĐ xã']);
    expect((await listCommittees(t.db, { parentCommitteeId: null }, TODAY)).items.map((c) => c.name)).toEqual(['BCĐ tỉnh']);
    expect((await moveCommittee(t.db, xa.id, null, TEST_ACTOR, TODAY)).parentCommitteeId).toBeNull();
  });
});

describe("a committee's roles", () => {
  it('start as the defaults, in order', async () => {
    const c = await create('BCĐ huyện');
    expect((await listRoles(t.db, c.id)).items.map((r) => [r.code, r.name])).toEqual(MEMBER_ROLES.map((code) => [code, DEFAULT_ROLE_NAMES[code]]));
  });

  it('can be renamed, reordered, added to and removed from; a role in use cannot be removed', async () => {
    const c = await create('BCĐ huyện');
    const person = await createPerson(t.db, { fullName: 'Lê Văn An' }, TEST_ACTOR);
    await createMembership(t.db, { personId: person.id, committeeId: c.id, role: 'thu_ky', fromDate: '2021-01-01' }, TEST_ACTOR);
    const roles = await setRoles(
      t.db,
      c.id,
      [{ code: 'truong_ban', name: 'Trưởng Ban' }, { name: 'Cố vấn' }, { code: 'thu_ky', name: 'Thư ký' }, { code: 'uy_vien', name: 'Ủy viên' }],
      TEST_ACTOR,
    );
    expect(roles.items.map((r) => [r.code, r.name, r.position, r.memberships])).toEqual([
      ['truong_ban', 'Trưởng Ban', 0, 0],
      ['r1', 'Cố vấn', 1, 0],
      ['thu_ky', 'Thư ký', 2, 1],
      ['uy_vien', 'Ủy viên', 3, 0],
    ]);
    const counts = await countAllRows(t.db);
    await expect(setRoles(t.db, c.id, [{ code: 'truong_ban', name: 'Trưởng ban' }], TEST_ACTOR)).rejects.toMatchObject({ code: 'HAS_DEPENDENTS' });
    await expect(setRoles(t.db, c.id, [{ name: 'A' }, { name: 'a' }, { code: 'thu_ky', name: 'Thư ký' }], TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setRoles(t.db, c.id, [{ code: 'nope', name: 'X' }, { code: 'thu_ky', name: 'Thư ký' }], TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await countAllRows(t.db)).toEqual(counts);
    // A membership cannot take a role that is not on the list.
    await expect(createMembership(t.db, { personId: person.id, committeeId: c.id, role: 'pho_truong_ban', fromDate: '2021-01-01' }, TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a committee with no records is deleted with its roles', async () => {
    const c = await create('BCĐ huyện');
    await deleteCommittee(t.db, c.id, TEST_ACTOR);
    expect(await t.db.selectFrom('committee_roles').selectAll().execute()).toEqual([]);
  });
});
