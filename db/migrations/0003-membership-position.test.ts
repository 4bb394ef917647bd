import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const names = Object.keys(migrations);
const version = names.indexOf('0003-membership-position') + 1;

describe('0003-membership-position', () => {
  it('adds memberships.position, back-filled from the person, and down removes it', async () => {
    const raw = openRaw(tempArchivePath());
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const insert = (sqlText: string, ...args: unknown[]) => raw.sqlite.prepare(sqlText).run(...args);
    insert(`insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh')`);
    insert(`insert into people (id, full_name, position) values (1, 'Vũ Văn Minh', 'Chánh Thanh tra tỉnh'), (2, 'Mai Văn Tư', null)`);
    insert(`insert into memberships (person_id, committee_id, role, from_date) values (1, 1, 'uy_vien', '2016-05-10'), (2, 1, 'uy_vien', '2016-05-10')`);

    await migrateTo(raw.db, raw.sqlite, version);
    const rows = raw.sqlite.prepare('select person_id, position from memberships order by person_id').all();
    expect(rows).toEqual([
      { person_id: 1, position: 'Chánh Thanh tra tỉnh' },
      { person_id: 2, position: null },
    ]);
    // The membership keeps its own copy: a later change of the person's post does not reach it.
    insert(`update people set position = 'Nguyên Chánh Thanh tra tỉnh' where id = 1`);
    expect(raw.sqlite.prepare('select position from memberships where person_id = 1').pluck().get()).toBe('Chánh Thanh tra tỉnh');

    await migrateTo(raw.db, raw.sqlite, version - 1);
    const columns = raw.sqlite.prepare(`select name from pragma_table_info('memberships')`).pluck().all();
    expect(columns).not.toContain('position');
    expect(raw.sqlite.prepare('select count(*) from memberships').pluck().get()).toBe(2);
    await raw.close();
  });
});
