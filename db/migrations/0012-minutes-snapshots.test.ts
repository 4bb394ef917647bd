import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0012-minutes-snapshots') + 1;

/** An archive one version before 0012 with finalized minutes and their original. */
async function before0012() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
    insert into meetings (id, committee_id, kind, title, starts_at) values (1, 1, 'tong_ket', 'Tổng kết', '2021-01-13T08:00');
    insert into minutes (id, meeting_id, status, fields_json, body_json, finalized_at) values (1, 1, 'finalized', '{}', '{"type":"doc"}', '2021-01-14T02:00:00Z');
    insert into minutes_versions (minutes_id, version, kind, fields_json, body_json, reason, created_at)
      values (1, 1, 'original', '{}', '{}', null, '2021-01-14T02:00:00.000Z');
  `);
  return raw;
}

describe('0012-minutes-snapshots', () => {
  it('adds document_json, null for the versions already there; a new version takes only valid JSON; versions stay locked', async () => {
    const raw = await before0012();
    await migrateTo(raw.db, raw.sqlite, version);
    expect(raw.sqlite.prepare('select version, document_json from minutes_versions').all()).toEqual([{ version: 1, document_json: null }]);
    const add = (json: string) => raw.sqlite.prepare(`insert into minutes_versions (minutes_id, version, kind, fields_json, body_json, document_json, created_at) values (1, 2, 'amendment', '{}', '{}', ?, 'x')`).run(json);
    expect(() => add('{not json')).toThrow(/CHECK constraint failed/);
    add('{"format":1}');
    expect(() => raw.sqlite.exec(`update minutes_versions set document_json = '{}' where version = 2`)).toThrow(/^MINUTES_FINALIZED/);
    await raw.close();
  });

  it('down removes the column, keeping the rows', async () => {
    const raw = await before0012();
    await migrateTo(raw.db, raw.sqlite, version);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const columns = (raw.sqlite.prepare(`select name from pragma_table_info('minutes_versions')`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('document_json');
    expect(raw.sqlite.prepare('select count(*) n from minutes_versions').get()).toEqual({ n: 1 });
    await raw.close();
  });
});
