import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0014-actions') + 1;

describe('0014-actions', () => {
  it('gives the actions already there the day of their created_at; evidence files are RESTRICT; down keeps the rows', async () => {
    const raw = openRaw(tempArchivePath());
    await migrateTo(raw.db, raw.sqlite, version - 1);
    raw.sqlite.exec(`
      insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
      insert into actions (id, committee_id, title, deadline, created_at, updated_at) values (1, 1, 'Việc 1', '2021-03-31', '2021-01-20T02:00:00.000Z', '2021-01-20T02:00:00.000Z');
      insert into attachments (id, file_name, mime_type, size, sha256) values (1, 'qd.pdf', 'application/pdf', 0, '');
    `);
    await migrateTo(raw.db, raw.sqlite, version);
    expect(raw.sqlite.prepare('select id, assigned_on, evidence_text, evidence_attachment_id from actions').all()).toEqual([
      { id: 1, assigned_on: '2021-01-20', evidence_text: null, evidence_attachment_id: null },
    ]);
    raw.sqlite.exec(`update actions set completed_on = '2021-03-30', evidence_text = 'Quyết định', evidence_attachment_id = 1 where id = 1`);
    expect(() => raw.sqlite.exec('delete from attachments where id = 1')).toThrow(/FOREIGN KEY/);
    // A row written without the column (a bulk loader) counts as given from the start.
    raw.sqlite.exec(`insert into actions (id, committee_id, title) values (2, 1, 'Việc 2')`);
    expect(raw.sqlite.prepare('select assigned_on from actions where id = 2').pluck().get()).toBe('0001-01-01');
    await migrateTo(raw.db, raw.sqlite, version - 1);
    expect(raw.sqlite.prepare('select id, title, completed_on from actions order by id').all()).toEqual([
      { id: 1, title: 'Việc 1', completed_on: '2021-03-30' },
      { id: 2, title: 'Việc 2', completed_on: null },
    ]);
    await raw.close();
  });
});
