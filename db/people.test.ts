import { beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { backfillPersonKeys } from './people-keys.js';
import { listPeople } from './people-list.js';
import { type Person, compareVietnameseNames, createPerson, getPerson, updatePerson } from './people.js';
import { TEST_ACTOR, countRows, useTempArchive } from './test-support.js';

const t = useTempArchive();

const names = (people: Array<{ fullName: string }>) => people.map((p) => p.fullName);

async function rejection(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('createPerson and getPerson', () => {
  it('stores cleaned NFC text, turns blank fields into null and audits the creation', async () => {
    const p = await createPerson(
      t.db,
      { fullName: ' Lê  Thị Bình '.normalize('NFD'), position: 'Phó Chủ tịch UBND tỉnh', phone: '', notes: '  ghi chú  ' },
      TEST_ACTOR,
    );
    expect(p).toMatchObject({
      fullName: 'Lê Thị Bình',
      position: 'Phó Chủ tịch UBND tỉnh',
      organisation: null,
      phone: null,
      notes: 'ghi chú',
      memberships: [],
    });
    const { warnings, ...person } = p;
    expect(warnings).toEqual([]);
    expect(await getPerson(t.db, p.id)).toEqual(person);
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'person', entity_id: p.id, actor: TEST_ACTOR })]);
  });

  it('getPerson throws NOT_FOUND for a missing id', async () => {
    expect((await rejection(getPerson(t.db, 404))).code).toBe('NOT_FOUND');
  });

  it('getPerson lists memberships, newest first, former ones with their end date', async () => {
    await loadDemo(t.db, TEST_ACTOR);
    const [minh] = (await listPeople(t.db, { query: 'Vũ Văn Minh' })).items;
    const detail = await getPerson(t.db, minh!.id);
    expect(detail.memberships).toEqual([
      expect.objectContaining({ role: 'uy_vien', fromDate: '2016-05-10', toDate: '2020-10-26' }),
    ]);
  });

  it('writes the person and its audit record in one transaction', async () => {
    const input = { fullName: 'Nguyễn Văn Ba', extra: 1n } as unknown as { fullName: string };
    await expect(createPerson(t.db, input, TEST_ACTOR)).rejects.toThrow(/BigInt/);
    expect(await countRows(t.db, 'people')).toBe(0);
    expect(await countRows(t.db, 'audit_log')).toBe(0);
  });
});

describe('updatePerson', () => {
  it('changes only the given fields and audits the change', async () => {
    const p = await createPerson(t.db, { fullName: 'Đỗ Văn Hải', position: 'Chánh Thanh tra tỉnh', email: 'hai@example.vn' }, TEST_ACTOR);
    const updated = await updatePerson(t.db, p.id, { position: 'Nguyên Chánh Thanh tra tỉnh', email: null }, TEST_ACTOR);
    expect(updated).toMatchObject({ fullName: 'Đỗ Văn Hải', position: 'Nguyên Chánh Thanh tra tỉnh', email: null });
    const actions = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).orderBy('id').execute();
    expect(actions).toEqual([
      { action: 'create', entity_id: p.id },
      { action: 'update', entity_id: p.id },
    ]);
  });

  it('throws NOT_FOUND for a missing id and adds no audit row', async () => {
    expect((await rejection(updatePerson(t.db, 12, { fullName: 'Ai đó' }, TEST_ACTOR))).code).toBe('NOT_FOUND');
    expect(await countRows(t.db, 'audit_log')).toBe(0);
    expect(await countRows(t.db, 'people')).toBe(0);
  });
});

/** Every match, read page by page through the cursor. */
async function find(query?: string, limit = 2): Promise<Person[]> {
  const all: Person[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPeople(t.db, { query, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    expect(page.hasMore).toBe(cursor !== undefined);
  } while (cursor);
  return all;
}

describe('listPeople', () => {
  beforeEach(async () => {
    await loadDemo(t.db, TEST_ACTOR);
    await createPerson(t.db, { fullName: 'Lò Văn Páo', position: 'Bí thư Đảng ủy xã', organisation: 'Đảng ủy xã Pù Nhi' }, TEST_ACTOR);
  });

  it('lists everyone, sorted by given name then full name', async () => {
    const all = names(await find());
    expect(all).toHaveLength(9);
    expect(all.slice(0, 3)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường']);
    expect(all.indexOf('Hoàng Thị Dung')).toBeLessThan(all.indexOf('Đỗ Văn Hải'));
    expect(all.at(-1)).toBe('Trịnh Tuấn Sinh');
  });

  it('folds accents and case in the query: "trinh tuan" finds Trịnh Tuấn Sinh', async () => {
    expect(names(await find('trinh tuan'))).toEqual(['Trịnh Tuấn Sinh']);
  });

  it('folds đ/Đ: "DO VAN" finds Đỗ Văn Hải', async () => {
    expect(names(await find('DO VAN'))).toEqual(['Đỗ Văn Hải']);
  });

  it('"dang" matches "Đảng" in position or organisation', async () => {
    expect(names(await find('dang'))).toEqual(['Lò Văn Páo']);
  });

  it('matches the organisation and ignores extra spaces in the query', async () => {
    expect(names(await find('  ban   dan van ')).sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Lan'].sort());
  });

  it('an accented query still finds the accented text, and a blank query lists all', async () => {
    expect(names(await find('Hoàng Thị'))).toEqual(['Hoàng Thị Dung']);
    expect(await find('')).toHaveLength(9);
    expect(await find('không có ai tên này')).toEqual([]);
  });
});

describe('listPeople pages', () => {
  it('a page holds at most `limit` people (default 50) and the cursor walks them all once', async () => {
    for (let i = 0; i < 53; i += 1) await createPerson(t.db, { fullName: `Nguyễn Văn Số${String(i).padStart(2, '0')}` }, TEST_ACTOR);
    const first = await listPeople(t.db);
    expect(first.items).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const second = await listPeople(t.db, { cursor: first.nextCursor! });
    expect(second).toMatchObject({ hasMore: false, nextCursor: null });
    const ids = [...first.items, ...second.items].map((p) => p.id);
    expect(new Set(ids).size).toBe(53);
    expect(names(await find(undefined, 7))).toEqual(names([...first.items, ...second.items]));
  });

  it('newest first, paged by id', async () => {
    for (const fullName of ['Lê A', 'Lê B', 'Lê C']) await createPerson(t.db, { fullName }, TEST_ACTOR);
    const page = await listPeople(t.db, { sort: 'newest', limit: 2 });
    expect(names(page.items)).toEqual(['Lê C', 'Lê B']);
    expect(names((await listPeople(t.db, { sort: 'newest', cursor: page.nextCursor! })).items)).toEqual(['Lê A']);
  });

  it('refuses a cursor that is not one of its own', async () => {
    expect((await rejection(listPeople(t.db, { cursor: 'not json' }))).details).toEqual({ field: 'cursor' });
    expect((await rejection(listPeople(t.db, { sort: 'newest', cursor: '["a", 1]' }))).code).toBe('CONFLICT');
  });

  it('finds a person by the words they have after an update, not before', async () => {
    const p = await createPerson(t.db, { fullName: 'Hà Văn Tú', organisation: 'Sở Nội vụ' }, TEST_ACTOR);
    await updatePerson(t.db, p.id, { organisation: 'Sở Tư pháp' }, TEST_ACTOR);
    expect(names(await find('tu phap'))).toEqual(['Hà Văn Tú']);
    expect(await find('noi vu')).toEqual([]);
    await updatePerson(t.db, p.id, { fullName: 'Hà Văn Tuấn' }, TEST_ACTOR);
    expect(names(await find('tuan'))).toEqual(['Hà Văn Tuấn']);
  });

  it('matches words by their start, every query word required', async () => {
    await createPerson(t.db, { fullName: 'Nguyễn Thị Hoa' }, TEST_ACTOR);
    await createPerson(t.db, { fullName: 'Nguyễn Văn Hoàng' }, TEST_ACTOR);
    expect(names(await find('ngu ho'))).toEqual(['Nguyễn Thị Hoa', 'Nguyễn Văn Hoàng']);
    expect(names(await find('nguyen thi ho'))).toEqual(['Nguyễn Thị Hoa']);
    expect(await find('guyen')).toEqual([]);
  });

  it('names that fold alike keep Vietnamese order: a < ă < â, d < đ, then tones', async () => {
    const order = ['Lê Văn Da', 'Lê Văn Dà', 'Lê Văn Dá', 'Lê Văn Dả', 'Lê Văn Dã', 'Lê Văn Dạ', 'Lê Văn Dă', 'Lê Văn Dâ', 'Lê Văn Đa'];
    for (const fullName of [...order].reverse()) await createPerson(t.db, { fullName }, TEST_ACTOR);
    expect(names(await find('le van'))).toEqual(order);
  });
});

describe('backfillPersonKeys', () => {
  it('gives people written straight into the table (bulk loads) their sort key and search words', async () => {
    for (const full_name of ['Trịnh Tuấn Sinh', 'Đỗ Văn Hải']) {
      await t.db.insertInto('people').values({ full_name, created_at: 'x', updated_at: 'x' }).execute();
    }
    expect(await find('sinh')).toEqual([]);
    expect(await backfillPersonKeys(t.db)).toBe(2);
    expect(names(await find())).toEqual(['Đỗ Văn Hải', 'Trịnh Tuấn Sinh']);
    expect(names(await find('sinh'))).toEqual(['Trịnh Tuấn Sinh']);
    expect(await backfillPersonKeys(t.db)).toBe(0);
  });
});

describe('compareVietnameseNames', () => {
  it('orders by the given name (last word), then by the whole name', () => {
    expect(compareVietnameseNames('Trịnh Tuấn Sinh', 'Nguyễn Văn An')).toBeGreaterThan(0);
    expect(compareVietnameseNames('Nguyễn Văn An', 'Lê Văn An')).toBeGreaterThan(0);
    expect(['Đỗ Văn Đức', 'Lê Văn Dũng', 'Trần Văn Em'].sort(compareVietnameseNames)).toEqual([
      'Lê Văn Dũng',
      'Đỗ Văn Đức',
      'Trần Văn Em',
    ]);
  });
});
