import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0016-invitation-snapshot') + 1;

async function before0016() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
    insert into meetings (id, committee_id, kind, title, starts_at) values (1, 1, 'tong_ket', 'Tổng kết', '2021-01-13T08:00');
  `);
  return raw;
}

describe('0016-invitation-snapshot', () => {
  it('adds invitation_json, null for the meetings already there; only valid JSON; once set it never changes', async () => {
    const raw = await before0016();
    await migrateTo(raw.db, raw.sqlite, version);
    expect(raw.sqlite.prepare('select invitation_json from meetings').all()).toEqual([{ invitation_json: null }]);
    const set = (json: string | null) => raw.sqlite.prepare('update meetings set invitation_json = ? where id = 1').run(json);
    expect(() => set('{not json')).toThrow(/CHECK constraint failed/);
    set('{"format":1}');
    set('{"format":1}');
    expect(() => set('{"format":2}')).toThrow(/^INVITATION_FROZEN/);
    expect(() => set(null)).toThrow(/^INVITATION_FROZEN/);
    raw.sqlite.exec(`update meetings set title = 'Đổi tên' where id = 1`);
    await raw.close();
  });

  it('down removes the column and its trigger, keeping the rows', async () => {
    const raw = await before0016();
    await migrateTo(raw.db, raw.sqlite, version);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const columns = (raw.sqlite.prepare(`select name from pragma_table_info('meetings')`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('invitation_json');
    expect(raw.sqlite.prepare(`select count(*) n from sqlite_master where name = 'meetings_invitation_frozen'`).get()).toEqual({ n: 0 });
    expect(raw.sqlite.prepare('select count(*) n from meetings').get()).toEqual({ n: 1 });
    await raw.close();
  });
});
