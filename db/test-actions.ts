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
  const { id: conclusionId } = await db
    .insertInto('conclusions')
    .values({ committee_id: committeeId, number: 1, issued_on: '2021-01-13', title: 'Kết luận Hội nghị tổng kết năm 2020', status: 'issued', created_at: at, updated_at: at })
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
