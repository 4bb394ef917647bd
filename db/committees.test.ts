import { describe, expect, it } from 'vitest';
import { createCommittee, getCommittee, listCommittees, updateCommittee } from './committees.js';
import { loadDemo } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { TEST_ACTOR, countRows, useTempArchive } from './test-support.js';

const t = useTempArchive();

async function auditRows() {
  return t.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

async function rejection(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

const TODAY = '2021-03-05';
const huyen = { name: 'Ban Chỉ đạo huyện Thọ Xuân', level: 'huyen' as const };

describe('createCommittee', () => {
  it('stores cleaned text, applies defaults and audits the creation', async () => {
    const c = await createCommittee(
      t.db,
      { name: '  Ban Chỉ đạo   huyện Thọ Xuân ', level: 'huyen', shortName: '  ', parentBody: 'Huyện ủy Thọ Xuân' },
      TEST_ACTOR,
      TODAY,
    );
    expect(c).toMatchObject({
      name: 'Ban Chỉ đạo huyện Thọ Xuân',
      shortName: null,
      level: 'huyen',
      parentBody: 'Huyện ủy Thọ Xuân',
      parentCommitteeId: null,
      documentFormat: 'state',
      memberCount: 0,
    });
    const { warnings, ...committee } = c;
    expect(warnings).toEqual([]);
    expect(await getCommittee(t.db, c.id, TODAY)).toEqual(committee);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: TEST_ACTOR, action: 'create', entity: 'committee', entity_id: c.id });
    expect(JSON.parse(audit[0]?.detail_json ?? 'null')).toMatchObject({ level: 'huyen' });
  });

  it('refuses a parent that does not exist, writing nothing', async () => {
    const error = await rejection(createCommittee(t.db, { ...huyen, parentCommitteeId: 42 }, TEST_ACTOR, TODAY));
    expect(error.code).toBe('NOT_FOUND');
    expect(await countRows(t.db, 'committees')).toBe(0);
    expect(await countRows(t.db, 'audit_log')).toBe(0);
  });

  it('writes the row and its audit record in one transaction', async () => {
    // A detail the audit log cannot serialise makes the audit insert fail after the committee insert.
    const input = { ...huyen, sneaky: 1n } as unknown as typeof huyen;
    await expect(createCommittee(t.db, input, TEST_ACTOR, TODAY)).rejects.toThrow(/BigInt/);
    expect(await countRows(t.db, 'committees')).toBe(0);
    expect(await countRows(t.db, 'audit_log')).toBe(0);
  });
});

describe('listCommittees pages', () => {
  it('pages by offset with the total, and filters by level in SQL', async () => {
    for (const name of ['BCĐ 1', 'BCĐ 2', 'BCĐ 3']) await createCommittee(t.db, { name, level: 'tinh' }, TEST_ACTOR, TODAY);
    await createCommittee(t.db, { name: 'BCĐ huyện', level: 'huyen' }, TEST_ACTOR, TODAY);
    const first = await listCommittees(t.db, { limit: 2 }, TODAY);
    expect(first).toMatchObject({ total: 4, hasMore: true });
    expect(first.items.map((c) => c.name)).toEqual(['BCĐ 1', 'BCĐ 2']);
    const last = await listCommittees(t.db, { limit: 2, offset: 2 }, TODAY);
    expect(last).toMatchObject({ total: 4, hasMore: false });
    expect(last.items.map((c) => c.name)).toEqual(['BCĐ 3', 'BCĐ huyện']);
    const huyen = await listCommittees(t.db, { level: 'huyen' }, TODAY);
    expect(huyen).toMatchObject({ total: 1, hasMore: false });
    expect(huyen.items.map((c) => c.name)).toEqual(['BCĐ huyện']);
  });
});

describe('getCommittee and listCommittees', () => {
  it('getCommittee throws NOT_FOUND for a missing id', async () => {
    const error = await rejection(getCommittee(t.db, 999, TODAY));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.details).toEqual({ entity: 'committee', id: 999 });
  });

  it('lists by name, each with its member count as of the given day', async () => {
    const demo = await loadDemo(t.db, TEST_ACTOR);
    await createCommittee(t.db, { name: 'Ban Chỉ đạo 35', level: 'tinh' }, TEST_ACTOR, TODAY);
    const page = await listCommittees(t.db, {}, '2021-01-13');
    expect(page).toMatchObject({ total: 2, hasMore: false });
    const list = page.items;
    expect(list.map((c) => c.name)).toEqual([
      'Ban Chỉ đạo 35',
      'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
    ]);
    expect(list[1]).toMatchObject({ id: demo.committeeId, memberCount: 7, documentFormat: 'party' });
    expect((await listCommittees(t.db, {}, '2020-01-01')).items[1]?.memberCount).toBe(1);
    expect((await getCommittee(t.db, demo.committeeId, '2020-10-26')).memberCount).toBe(7);
  });
});

describe('updateCommittee', () => {
  it('changes only the given fields and audits the change', async () => {
    const c = await createCommittee(t.db, { ...huyen, shortName: 'BCĐ huyện', placeName: 'Thọ Xuân' }, TEST_ACTOR, TODAY);
    const updated = await updateCommittee(t.db, c.id, { name: 'BCĐ huyện Thọ Xuân (kiện toàn)', shortName: null }, TEST_ACTOR, TODAY);
    expect(updated).toMatchObject({
      name: 'BCĐ huyện Thọ Xuân (kiện toàn)',
      shortName: null,
      placeName: 'Thọ Xuân',
      level: 'huyen',
      createdAt: c.createdAt,
    });
    const audit = await auditRows();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ entity: 'committee', entity_id: c.id, actor: TEST_ACTOR });
  });

  it('throws NOT_FOUND for a missing id and audits nothing', async () => {
    const error = await rejection(updateCommittee(t.db, 77, { name: 'x' }, TEST_ACTOR, TODAY));
    expect(error.code).toBe('NOT_FOUND');
    expect(await countRows(t.db, 'audit_log')).toBe(0);
  });

  it('a failed update (missing parent) changes nothing and adds no audit row', async () => {
    const c = await createCommittee(t.db, huyen, TEST_ACTOR, TODAY);
    const error = await rejection(updateCommittee(t.db, c.id, { name: 'Đổi tên', parentCommitteeId: 555 }, TEST_ACTOR, TODAY));
    expect(error.code).toBe('NOT_FOUND');
    expect((await getCommittee(t.db, c.id, TODAY)).name).toBe(huyen.name);
    expect(await countRows(t.db, 'audit_log')).toBe(1);
  });

  it('refuses to make a committee its own parent', async () => {
    const c = await createCommittee(t.db, huyen, TEST_ACTOR, TODAY);
    const error = await rejection(updateCommittee(t.db, c.id, { parentCommitteeId: c.id }, TEST_ACTOR, TODAY));
    expect(error.code).toBe('CONFLICT');
  });

  it('refuses a loop through sub-committees, at any depth, but allows a re-parenting', async () => {
    const tinh = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, TODAY);
    const huyenC = await createCommittee(t.db, { name: 'BCĐ huyện', level: 'huyen', parentCommitteeId: tinh.id }, TEST_ACTOR, TODAY);
    const xa = await createCommittee(t.db, { name: 'BCĐ xã', level: 'xa', parentCommitteeId: huyenC.id }, TEST_ACTOR, TODAY);
    for (const below of [huyenC.id, xa.id]) {
      const error = await rejection(updateCommittee(t.db, tinh.id, { parentCommitteeId: below }, TEST_ACTOR, TODAY));
      expect(error.code).toBe('CONFLICT');
    }
    expect((await getCommittee(t.db, tinh.id, TODAY)).parentCommitteeId).toBeNull();
    const moved = await updateCommittee(t.db, xa.id, { parentCommitteeId: tinh.id }, TEST_ACTOR, TODAY);
    expect(moved.parentCommitteeId).toBe(tinh.id);
  });
});
