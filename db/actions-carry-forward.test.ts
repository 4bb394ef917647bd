import { describe, expect, it } from 'vitest';
import { carryForward } from './actions-carry-forward.js';
import { CARRY_FORWARD_TITLE } from './model/index.js';
import { ArchiveError } from './errors.js';
import { HAND_MADE_AS_OF, makeActionsFixture, makeHandMadeActions } from './test-actions.js';
import { TEST_ACTOR, countRows, useTempArchive } from './test-support.js';

describe('carry forward', () => {
  const t = useTempArchive();
  const meeting = async (committeeId: number) =>
    (
      await t.db
        .insertInto('meetings')
        .values({ committee_id: committeeId, kind: 'dinh_ky', title: 'Họp định kỳ quý II', starts_at: '2021-04-28T08:00', created_at: 'x', updated_at: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  it('adds "Kiểm điểm việc thực hiện kết luận" with the committee\'s open actions, in one audited write', async () => {
    const f = await makeActionsFixture(t.db);
    const ids = await makeHandMadeActions(t.db, f);
    const meetingId = await meeting(f.committeeId);
    await t.db.insertInto('agenda_items').values({ meeting_id: meetingId, position: 1, title: 'Báo cáo quý I' }).execute();
    const agenda = await carryForward(t.db, meetingId, HAND_MADE_AS_OF, TEST_ACTOR);
    expect(agenda.map((a) => [a.order, a.title])).toEqual([[1, 'Báo cáo quý I'], [2, CARRY_FORWARD_TITLE]]);
    expect(agenda[1]!.notes!.split('\n')).toEqual([
      '1. A7 Sơ kết chuyên đề (thời hạn 01/03/2021): Tạm dừng.',
      '2. A1 Trình quyết định kiện toàn (Thông báo số 01; thời hạn 31/03/2021): Đang thực hiện quá hạn.',
      '3. A2 Phân công thành viên (Thông báo số 01; thời hạn 22/04/2021): Sắp đến hạn.',
      '4. A6 Theo dõi chung (không thời hạn): Không thời hạn.',
    ]);
    const entry = await t.db.selectFrom('audit_log').select(['entity', 'entity_id', 'detail_json']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity: 'agenda_item', entity_id: agenda[1]!.id });
    expect(JSON.parse(entry.detail_json!).carryForward.actionIds.sort()).toEqual([ids.A1, ids.A2, ids.A6, ids.A7].sort());
  });

  it('a committee with nothing open is refused, and nothing is written', async () => {
    const f = await makeActionsFixture(t.db);
    const meetingId = await meeting(f.otherCommitteeId);
    const before = await countRows(t.db, 'audit_log');
    const error = await carryForward(t.db, meetingId, HAND_MADE_AS_OF, TEST_ACTOR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).details).toMatchObject({ issues: [{ path: 'meetingId', message: 'no_open_actions' }] });
    expect(await countRows(t.db, 'agenda_items')).toBe(0);
    expect(await countRows(t.db, 'audit_log')).toBe(before);
  });
});
