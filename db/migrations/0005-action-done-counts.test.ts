import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const names = Object.keys(migrations);
const version = names.indexOf('0005-action-done-counts') + 1;

describe('0005-action-done-counts', () => {
  it('counts the done actions already there, on time and late, keeps them on write, and down removes it all', async () => {
    const raw = openRaw(tempArchivePath());
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const run = (sqlText: string) => raw.sqlite.prepare(sqlText).run();
    const counts = () => raw.sqlite.prepare('select late, n from action_done_counts order by late').all();
    run(`insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh')`);
    // On time, on time without a deadline, late, late, open, open past its deadline, open without one.
    run(`insert into actions (id, committee_id, title, deadline, completed_on) values
      (1, 1, 'a', '2021-03-01', '2021-02-20'), (2, 1, 'b', null, '2021-02-20'), (3, 1, 'c', '2021-03-01', '2021-03-05'),
      (4, 1, 'd', '2021-01-01', '2021-02-01'), (5, 1, 'e', '2021-03-01', null), (6, 1, 'f', '2020-01-01', null),
      (7, 1, 'g', null, null)`);

    await migrateTo(raw.db, raw.sqlite, version);
    expect(counts()).toEqual([{ late: 0, n: 2 }, { late: 1, n: 2 }]);
    run(`update actions set completed_on = '2021-02-01' where id = 5`); // done on time
    run(`update actions set deadline = '2021-12-31' where id = 3`); // late becomes on time
    run(`delete from actions where id = 4`);
    run(`insert into actions (committee_id, title, deadline, completed_on) values (1, 'h', '2021-01-01', '2021-06-01')`);
    expect(counts()).toEqual([{ late: 0, n: 4 }, { late: 1, n: 1 }]);

    await migrateTo(raw.db, raw.sqlite, version - 1);
    const left = raw.sqlite.prepare(`select name from sqlite_master where name like 'action%done%' or name = 'actions_open'`).pluck().all();
    expect(left).toEqual([]);
    expect(raw.sqlite.prepare('select count(*) from actions').pluck().get()).toBe(7);
    await raw.close();
  });
});
