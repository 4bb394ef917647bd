import type { SqliteDatabase } from '../db/sqlite-driver.js';

export interface Size {
  committees: number;
  people: number;
  membersPerCommittee: number;
  actions: number;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Vũ', 'Đặng', 'Bùi', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hải', 'Lan', 'Minh', 'Sinh', 'Tú', 'Đạt', 'Hoa', 'Quân'];
const ROLES = ['truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky'];

/** Fills a migrated archive with a province's worth of records, deterministically, in one transaction. */
export function fill(sqlite: SqliteDatabase, size: Size): void {
  const now = '2026-01-01T00:00:00.000Z';
  const insertCommittee = sqlite.prepare(
    `insert into committees (name, level, parent_body, place_name, created_at, updated_at) values (?, 'huyen', ?, ?, ?, ?)`,
  );
  const insertPerson = sqlite.prepare(
    `insert into people (full_name, position, organisation, created_at, updated_at) values (?, ?, ?, ?, ?)`,
  );
  const insertMember = sqlite.prepare(
    `insert into memberships (person_id, committee_id, role, from_date, to_date, created_at) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertAction = sqlite.prepare(
    `insert into actions (committee_id, title, deadline, completed_on, on_hold, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const date = (i: number) => `20${String(18 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  sqlite.transaction(() => {
    for (let c = 1; c <= size.committees; c++) {
      insertCommittee.run(`Ban Chỉ đạo thực hiện quy chế dân chủ số ${c}`, `Huyện ủy ${c}`, `Huyện ${c}`, now, now);
    }
    for (let p = 1; p <= size.people; p++) {
      const name = `${FAMILY[p % FAMILY.length]} ${MIDDLE[p % MIDDLE.length]} ${GIVEN[p % GIVEN.length]}`;
      insertPerson.run(name, `Trưởng phòng ${p % 40}`, `Sở Nội vụ ${p % 17}`, now, now);
    }
    let person = 1;
    for (let c = 1; c <= size.committees; c++) {
      for (let m = 0; m < size.membersPerCommittee; m++) {
        const ended = m % 5 === 4;
        insertMember.run(person, c, ROLES[m % ROLES.length], '2016-05-10', ended ? '2020-10-26' : null, now);
        person = (person % size.people) + 1;
      }
    }
    for (let a = 0; a < size.actions; a++) {
      const deadline = a % 9 === 0 ? null : date(a);
      const completed = a % 3 === 0 ? date(a + 5) : null;
      insertAction.run(1 + (a % size.committees), `Nhiệm vụ ${a}`, deadline, completed, a % 50 === 0 ? 1 : 0, now, now);
    }
  })();
}
