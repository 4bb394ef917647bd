import { describe, expect, it } from 'vitest';
import { listMeetings } from './meetings.js';
import type { MeetingKind, MeetingStatus } from './schema/index.js';
import { useTempArchive } from './test-support.js';

const t = useTempArchive();

const KINDS: MeetingKind[] = ['tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de'];
const STATUSES: MeetingStatus[] = ['draft', 'held', 'minutes_finalized'];

/** Two committees; 30 meetings from 2019 to 2021, two on the same day; conclusions on meeting 3. */
async function seed(): Promise<[number, number]> {
  const committee = async (name: string) =>
    (await t.db.insertInto('committees').values({ name, level: 'tinh', created_at: 'x', updated_at: 'x' }).returning('id').executeTakeFirstOrThrow()).id;
  const a = await committee('BCĐ A');
  const b = await committee('BCĐ B');
  for (let i = 0; i < 30; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    await t.db
      .insertInto('meetings')
      .values({
        committee_id: i % 3 === 0 ? b : a,
        kind: KINDS[i % 5]!,
        title: `Hội nghị ${i}`,
        starts_at: i === 29 ? '2021-05-10T08:00' : `${2019 + Math.floor(i / 12)}-${month}-10T08:00`,
        status: STATUSES[i % 3]!,
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
  }
  for (const title of ['TB 1', 'TB 2']) {
    await t.db.insertInto('conclusions').values({ committee_id: a, meeting_id: 3, issued_on: '2021-01-15', title, status: 'draft', recipients_json: '[]', created_at: 'x', updated_at: 'x' }).execute();
  }
  return [a, b];
}

/** Every meeting the filters select, read page by page. */
async function all(input: Parameters<typeof listMeetings>[1] = {}, limit = 4) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await listMeetings(t.db, { ...input, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('listMeetings', () => {
  it('pages newest first through every meeting once, same-day meetings by id', async () => {
    await seed();
    const first = await listMeetings(t.db, { limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const every = await all();
    expect(every).toHaveLength(30);
    expect((await all({}, 1)).map((m) => m.id)).toEqual(every.map((m) => m.id));
    const keys = every.map((m) => `${m.startsAt}#${String(m.id).padStart(3, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(every.slice(0, 5).map((m) => m.id)).toEqual(first.items.map((m) => m.id));
    expect((await all({ sort: 'oldest' })).map((m) => m.id)).toEqual(every.map((m) => m.id).reverse());
  });

  it('filters by committee, year, kind and status in SQL, alone and together', async () => {
    const [a, b] = await seed();
    expect((await all({ committeeId: b })).every((m) => m.committeeId === b)).toBe(true);
    expect(await all({ committeeId: b })).toHaveLength(10);
    const y2020 = await all({ year: 2020 });
    expect(y2020).toHaveLength(12);
    expect(y2020.every((m) => m.startsAt.startsWith('2020-'))).toBe(true);
    expect((await all({ kind: 'chuyen_de' })).map((m) => m.title)).toEqual(
      ['Hội nghị 29', 'Hội nghị 24', 'Hội nghị 19', 'Hội nghị 14', 'Hội nghị 9', 'Hội nghị 4'],
    );
    const mixed = await all({ committeeId: a, year: 2019, status: 'held' });
    expect(mixed.map((m) => m.title).sort()).toEqual(['Hội nghị 1', 'Hội nghị 10', 'Hội nghị 4', 'Hội nghị 7']);
  });

  it('counts each meeting’s conclusions', async () => {
    await seed();
    const every = await all({}, 50);
    expect(every.find((m) => m.id === 3)?.conclusionCount).toBe(2);
    expect(every.filter((m) => m.conclusionCount > 0)).toHaveLength(1);
  });

  it('refuses a cursor that is not its own', async () => {
    await expect(listMeetings(t.db, { cursor: '[1]' })).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'cursor' } });
  });
});
