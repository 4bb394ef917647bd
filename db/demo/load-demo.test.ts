import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../errors.js';
import { TEST_ACTOR, countAllRows, useTempArchive } from '../test-support.js';
import { loadDemo } from './load-demo.js';

const t = useTempArchive();

describe('loadDemo', () => {
  it('loads the Thanh Hóa committee, its roster, meeting, conclusion and actions', async () => {
    const summary = await loadDemo(t.archive.db, TEST_ACTOR);
    expect(summary).toMatchObject({ members: 8, items: 6, actions: 6 });
    const db = t.archive.db;

    const committee = await t.db.selectFrom('committees').selectAll().executeTakeFirstOrThrow();
    expect(committee).toMatchObject({
      id: summary.committeeId,
      name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
      level: 'tinh',
      parent_body: 'Tỉnh ủy Thanh Hóa',
      document_format: 'party',
    });

    const chair = await db
      .selectFrom('memberships as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['p.full_name', 'm.to_date', 'm.decision_id'])
      .where('m.role', '=', 'truong_ban')
      .execute();
    expect(chair).toEqual([{ full_name: 'Trịnh Tuấn Sinh', to_date: null, decision_id: expect.any(Number) }]);

    // The reconstitution decision names its issuing body and its signer apart (the signer is a person, not the Tỉnh ủy).
    const decision = await t.db.selectFrom('decisions').selectAll().where('number', '=', '25-QĐ/TU').executeTakeFirstOrThrow();
    expect(decision).toMatchObject({ kind: 'kien_toan', issuing_body: 'Tỉnh ủy Thanh Hóa', signer: 'Đỗ Trọng Hưng', signer_title: 'Bí thư' });

    const meeting = await t.db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
    expect(meeting).toMatchObject({ id: summary.meetingId, kind: 'tong_ket', status: 'held', chair_person_id: expect.any(Number) });
    expect(meeting.starts_at.startsWith('2021-01-13')).toBe(true);

    const items = await db
      .selectFrom('conclusion_items')
      .select(['position', 'text'])
      .where('conclusion_id', '=', summary.conclusionId)
      .orderBy('position')
      .execute();
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items[5]?.text).toMatch(/6 nhóm nhiệm vụ/);
  });

  it('gives every action exactly one lead, a person, and ties it to a conclusion item', async () => {
    await loadDemo(t.archive.db, TEST_ACTOR);
    const actions = await t.archive.db
      .selectFrom('actions as a')
      .select((eb) => [
        'a.id',
        'a.conclusion_item_id',
        eb
          .selectFrom('action_owners as o')
          .whereRef('o.action_id', '=', 'a.id')
          .where('o.is_lead', '=', 1)
          .where('o.person_id', 'is not', null)
          .select((s) => s.fn.countAll<number>().as('n'))
          .as('leads'),
        eb
          .selectFrom('action_owners as o')
          .whereRef('o.action_id', '=', 'a.id')
          .where('o.is_lead', '=', 1)
          .select((s) => s.fn.countAll<number>().as('n'))
          .as('allLeads'),
      ])
      .execute();
    expect(actions).toHaveLength(6);
    for (const a of actions) {
      expect(a.leads).toBe(1);
      expect(a.allLeads).toBe(1);
      expect(a.conclusion_item_id).not.toBeNull();
    }
  });

  it('records one audit entry for the load', async () => {
    await loadDemo(t.archive.db, TEST_ACTOR);
    const audit = await t.archive.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'demo', entity: 'archive', actor: TEST_ACTOR })]);
  });

  it('loads only once: a second load throws NOT_EMPTY and changes nothing', async () => {
    await loadDemo(t.archive.db, TEST_ACTOR);
    const before = await countAllRows(t.archive.db);
    expect(before.people).toBe(8);
    const error = await loadDemo(t.archive.db, TEST_ACTOR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('NOT_EMPTY');
    expect(await countAllRows(t.archive.db)).toEqual(before);
  });

  it('refuses an archive that already holds a committee of the clerk', async () => {
    await t.archive.db.insertInto('committees').values({ name: 'BCĐ của tôi', level: 'xa', created_at: 'x', updated_at: 'x' }).execute();
    const before = await countAllRows(t.archive.db);
    await expect(loadDemo(t.archive.db, TEST_ACTOR)).rejects.toMatchObject({ code: 'NOT_EMPTY' });
    expect(await countAllRows(t.archive.db)).toEqual(before);
  });
});
