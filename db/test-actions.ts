// Test helpers (C2): a hand-made committee with people, a head on its roster and an issued
// conclusion with directives, written straight into the tables.
import type { Db } from './connection.js';

export interface ActionsFixture {
  committeeId: number;
  otherCommitteeId: number;
  /** Trịnh Tuấn Sinh (Trưởng ban), Nguyễn Văn An, Lê Thị Bình. */
  people: { head: number; an: number; binh: number };
  conclusionId: number;
  /** The conclusion's three directives, in order. */
  items: number[];
}

export async function makeActionsFixture(db: Db): Promise<ActionsFixture> {
  const at = '2021-01-01T00:00:00.000Z';
  const committee = (name: string) =>
    db
      .insertInto('committees')
      .values({ name, level: 'tinh', parent_body: 'Tỉnh ủy Thanh Hóa', place_name: 'Thanh Hóa', issuing_body: 'BAN CHỈ ĐẠO', symbol: 'BCĐ', created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
  const { id: committeeId } = await committee('Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ');
  const { id: otherCommitteeId } = await committee('Ban Chỉ đạo cải cách hành chính');
  const person = async (full_name: string, position: string) =>
    (await db.insertInto('people').values({ full_name, position, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
  const people = { head: await person('Trịnh Tuấn Sinh', 'Phó Bí thư Tỉnh ủy'), an: await person('Nguyễn Văn An', 'Giám đốc Sở Nội vụ'), binh: await person('Lê Thị Bình', 'Chánh Thanh tra tỉnh') };
  await db
    .insertInto('memberships')
    .values([
      { person_id: people.head, committee_id: committeeId, role: 'truong_ban', from_date: '2020-12-01', created_at: at },
      { person_id: people.an, committee_id: committeeId, role: 'uy_vien', from_date: '2020-12-01', created_at: at },
    ])
    .execute();
  // Notice 01 of the committee's TB series (0013: the number lives in document_numbers).
  const { id: numberId } = await db
    .insertInto('document_numbers')
    .values({ committee_id: committeeId, type: 'TB', period: '2021', number: 1, status: 'issued', issued_on: '2021-01-13', note: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: conclusionId } = await db
    .insertInto('conclusions')
    .values({ committee_id: committeeId, document_number_id: numberId, issued_on: '2021-01-13', title: 'Kết luận Hội nghị tổng kết năm 2020', recipients_json: '[]', status: 'issued', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items: number[] = [];
  for (const [i, text] of ['Kiện toàn Ban Chỉ đạo, phân công nhiệm vụ cho thành viên', 'Đẩy mạnh cải cách hành chính', 'Tăng cường kiểm tra, giám sát ở cơ sở'].entries()) {
    items.push((await db.insertInto('conclusion_items').values({ conclusion_id: conclusionId, position: i + 1, text }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return { committeeId, otherCommitteeId, people, conclusionId, items };
}

/** The audit entries of the entity, oldest first. */
export async function auditOf(db: Db, entity: string, entityId: number) {
  return db.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'detail_json']).where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id').execute();
}

/**
 * The hand-made archive of the chase and report tests (as of 2021-04-20, due soon = 3 days):
 * A1 An, directive 1, due 31/03, open: overdue · A2 An, directive 1, due 22/04: due soon ·
 * A3 Bình, directive 2, due 31/03, done 02/04: late · A4 Bình, directive 2, due 30/04, done 10/04: on time ·
 * A5 "Sở Nội vụ", directive 3, due 28/02, done 20/02: on time · A6 An, standalone, no deadline ·
 * A7 Bình, standalone, due 01/03, on hold · A8 An, the other committee, due 01/04: overdue ·
 * A9 Bình, given 01/05 (after the day: in no figure).
 */
export const HAND_MADE_AS_OF = '2021-04-20';
export async function makeHandMadeActions(db: Db, f: ActionsFixture): Promise<Record<string, number>> {
  const { createAction, completeAction, holdAction } = await import('./actions-write.js');
  const today = '2021-05-10';
  const actor = 'test-clerk';
  const make = async (input: Parameters<typeof createAction>[1]) => (await createAction(db, input, today, actor)).id;
  const [i1, i2, i3] = f.items as [number, number, number];
  const ids: Record<string, number> = {
    A1: await make({ conclusionItemId: i1, title: 'A1 Trình quyết định kiện toàn', deadline: '2021-03-31', owner: { personId: f.people.an } }),
    A2: await make({ conclusionItemId: i1, title: 'A2 Phân công thành viên', deadline: '2021-04-22', owner: { personId: f.people.an }, coOwners: [{ personId: f.people.binh }] }),
    A3: await make({ conclusionItemId: i2, title: 'A3 Rà soát thủ tục', deadline: '2021-03-31', owner: { personId: f.people.binh } }),
    A4: await make({ conclusionItemId: i2, title: 'A4 Công khai thủ tục', deadline: '2021-04-30', owner: { personId: f.people.binh } }),
    A5: await make({ conclusionItemId: i3, title: 'A5 Kế hoạch kiểm tra', deadline: '2021-02-28', owner: { unitName: 'Sở Nội vụ' } }),
    A6: await make({ committeeId: f.committeeId, title: 'A6 Theo dõi chung', assignedOn: '2021-01-20', owner: { personId: f.people.an } }),
    A7: await make({ committeeId: f.committeeId, title: 'A7 Sơ kết chuyên đề', assignedOn: '2021-01-20', deadline: '2021-03-01', owner: { personId: f.people.binh } }),
    A8: await make({ committeeId: f.otherCommitteeId, title: 'A8 Báo cáo cải cách', assignedOn: '2021-01-20', deadline: '2021-04-01', owner: { personId: f.people.an } }),
    A9: await make({ committeeId: f.committeeId, title: 'A9 Việc giao sau', assignedOn: '2021-05-01', deadline: '2021-05-05', owner: { personId: f.people.binh } }),
  };
  await completeAction(db, { id: ids.A3!, completedOn: '2021-04-02' }, today, actor);
  await completeAction(db, { id: ids.A4!, completedOn: '2021-04-10' }, today, actor);
  await completeAction(db, { id: ids.A5!, completedOn: '2021-02-20' }, today, actor);
  await holdAction(db, ids.A7!, 'Chờ ý kiến Thường trực', today, actor);
  return ids;
}
