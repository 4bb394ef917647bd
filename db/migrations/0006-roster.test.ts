import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const names = Object.keys(migrations);
const version = names.indexOf('0006-roster') + 1;

/** The defaults as of 0006 (db/model/schema-checks.test.ts checks that the model's list agrees). */
const DEFAULTS = [
  ['truong_ban', 'Trưởng ban'],
  ['pho_truong_ban_thuong_truc', 'Phó Trưởng ban thường trực'],
  ['pho_truong_ban', 'Phó Trưởng ban'],
  ['uy_vien', 'Ủy viên'],
  ['thu_ky', 'Thư ký'],
  ['to_giup_viec', 'Tổ giúp việc'],
];

/** An archive one version before 0006 holding two committees, memberships with a gap in their ids, and a decision. */
async function before0006() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh'), (2, 'BCĐ huyện', 'huyen');
    insert into people (id, full_name, position) values (1, 'Vũ Văn Minh', 'Chánh Thanh tra tỉnh'), (2, 'Mai Văn Tư', null);
    insert into decisions (id, committee_id, kind, number, signed_on) values (1, 1, 'kien_toan', '25-QĐ/TU', '2020-10-26');
    insert into memberships (id, person_id, committee_id, role, from_date, to_date, decision_id, position)
      values (1, 1, 1, 'uy_vien', '2016-05-10', '2020-10-26', null, 'Chánh Thanh tra'), (7, 2, 1, 'thu_ky', '2020-10-26', null, 1, null),
             (9, 2, 2, 'truong_ban', '2021-01-01', null, null, null);
    delete from memberships where id = 9;
  `);
  return raw;
}

describe('0006-roster', () => {
  it('seeds every committee with the default roles, keeps memberships (ids, counter, indexes) and drops the role CHECK', async () => {
    const raw = await before0006();
    const membershipsBefore = raw.sqlite.prepare('select * from memberships order by id').all();
    await migrateTo(raw.db, raw.sqlite, version);

    expect(raw.sqlite.prepare('select * from memberships order by id').all()).toEqual(membershipsBefore);
    expect(raw.sqlite.prepare(`select seq from sqlite_sequence where name = 'memberships'`).pluck().get()).toBe(9);
    const indexes = raw.sqlite.prepare(`select name from pragma_index_list('memberships') order by name`).pluck().all();
    expect(indexes).toEqual(
      expect.arrayContaining(['memberships_committee', 'memberships_person', 'memberships_decision', 'memberships_end_decision', 'memberships_term']),
    );
    for (const committee of [1, 2]) {
      const roles = raw.sqlite.prepare('select code, name, position from committee_roles where committee_id = ? order by position').all(committee);
      expect(roles).toEqual(DEFAULTS.map(([code, name], position) => ({ code, name, position })));
    }
    // A committee created later gets the defaults too (the trigger): bulk loaders need no app code.
    raw.sqlite.exec(`insert into committees (id, name, level) values (3, 'BCĐ xã', 'xa')`);
    expect(raw.sqlite.prepare('select count(*) from committee_roles where committee_id = 3').pluck().get()).toBe(DEFAULTS.length);

    // The role is the committee's own: a new one is accepted, an unknown code is refused by the archive.
    raw.sqlite.pragma('foreign_keys = ON');
    raw.sqlite.exec(`insert into committee_roles (committee_id, code, name, position) values (1, 'r1', 'Cố vấn', 6)`);
    raw.sqlite.exec(`insert into memberships (person_id, committee_id, role, from_date) values (1, 1, 'r1', '2021-01-01')`);
    expect(() => raw.sqlite.exec(`insert into memberships (person_id, committee_id, role, from_date) values (1, 2, 'r1', '2021-01-01')`)).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    // …and a role in use cannot be removed.
    expect(() => raw.sqlite.exec(`delete from committee_roles where committee_id = 1 and code = 'r1'`)).toThrow(/FOREIGN KEY constraint failed/);
    expect(raw.sqlite.pragma('foreign_key_check')).toEqual([]);
    await raw.close();
  });

  it('adds the document settings, active people and decision files; down restores the 0005 schema with the rows', async () => {
    const raw = await before0006();
    const schemaBefore = raw.sqlite.prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name`).all();
    await migrateTo(raw.db, raw.sqlite, version);
    const columns = (table: string) => raw.sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table);
    expect(columns('committees')).toEqual(expect.arrayContaining(['issuing_body', 'symbol', 'time_zone']));
    expect(columns('decisions')).toEqual(expect.arrayContaining(['issuing_body', 'signer_title', 'attachment_id']));
    expect(raw.sqlite.prepare('select active from people order by id').pluck().all()).toEqual([1, 1]);
    expect(() => raw.sqlite.exec('update people set active = 2 where id = 1')).toThrow(/CHECK constraint failed/);

    await migrateTo(raw.db, raw.sqlite, version - 1);
    const schemaAfter = raw.sqlite.prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name`).all();
    // The same objects; table definitions may differ only in whitespace (rebuilt from frozen text).
    const normal = (rows: unknown[]) =>
      (rows as Array<{ type: string; name: string; sql: string | null }>).map((r) => ({ ...r, sql: r.sql?.replace(/"/g, '').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').toLowerCase() }));
    expect(normal(schemaAfter)).toEqual(normal(schemaBefore));
    expect(raw.sqlite.prepare('select id, role from memberships order by id').all()).toEqual([
      { id: 1, role: 'uy_vien' },
      { id: 7, role: 'thu_ky' },
    ]);
    expect(raw.sqlite.prepare('select number from decisions').pluck().all()).toEqual(['25-QĐ/TU']);
    await raw.close();
  });
});
