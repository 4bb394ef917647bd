import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0008-minutes') + 1;

/** An archive one version before 0008 holding a draft and finalized minutes with two versions. */
async function before0008() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
    insert into meetings (id, committee_id, kind, title, starts_at) values (1, 1, 'tong_ket', 'Tổng kết', '2021-01-13T08:00'), (2, 1, 'dinh_ky', 'Định kỳ', '2021-03-05T14:00');
    insert into minutes (id, meeting_id, status, fields_json, body_json, finalized_at) values (1, 1, 'finalized', '{}', '{"type":"doc"}', '2021-01-14T02:00:00Z'), (2, 2, 'draft', '{}', '{}', null);
    insert into minutes_versions (minutes_id, version, kind, fields_json, body_json, reason, created_at)
      values (1, 1, 'original', '{}', '{}', null, '2021-01-14T02:00:00.000Z'), (1, 2, 'amendment', '{}', '{}', 'Đính chính', '2021-02-01T03:00:00.000Z');
  `);
  return raw;
}

describe('0008-minutes', () => {
  it('keeps the minutes, starts every draft at revision 0, dates the versions already there, and locks finalized minutes', async () => {
    const raw = await before0008();
    await migrateTo(raw.db, raw.sqlite, version);
    expect(raw.sqlite.prepare('select id, revision from minutes order by id').all()).toEqual([{ id: 1, revision: 0 }, { id: 2, revision: 0 }]);
    expect(raw.sqlite.prepare('select version, made_on from minutes_versions order by version').all()).toEqual([
      { version: 1, made_on: '2021-01-14' },
      { version: 2, made_on: '2021-02-01' },
    ]);
    expect(() => raw.sqlite.exec(`update minutes set body_json = '{}' where id = 1`)).toThrow(/^MINUTES_FINALIZED/);
    expect(() => raw.sqlite.exec(`delete from minutes_versions where minutes_id = 1`)).toThrow(/^MINUTES_FINALIZED/);
    expect(() => raw.sqlite.exec(`insert into minutes_versions (minutes_id, version, kind, fields_json, body_json) values (2, 1, 'original', '{}', '{}')`)).toThrow(/^MINUTES_NOT_FINALIZED/);
    raw.sqlite.exec(`update minutes set body_json = '{"type":"doc"}', revision = 1 where id = 2`);
    await raw.close();
  });

  it('down removes the lock and the columns, keeping the rows', async () => {
    const raw = await before0008();
    await migrateTo(raw.db, raw.sqlite, version);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const columns = (table: string) => (raw.sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[]);
    expect(columns('minutes')).not.toContain('revision');
    expect(columns('minutes_versions')).not.toEqual(expect.arrayContaining(['made_on']));
    raw.sqlite.exec(`update minutes set body_json = '{}' where id = 1`);
    expect(raw.sqlite.prepare('select count(*) from minutes_versions').pluck().get()).toBe(2);
    await raw.close();
  });
});
