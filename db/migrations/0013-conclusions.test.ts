import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0013-conclusions') + 1;

/**
 * An archive one version before 0013: a state committee with a numbered notice of 2021 and a
 * draft; a Party committee (term from 2020-10-26) with a numbered notice and a TB number its
 * series already holds.
 */
async function before0013() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level, document_format, term_started_on) values
      (1, 'BCĐ tỉnh', 'tinh', 'state', null), (2, 'BCĐ Đảng', 'tinh', 'party', '2020-10-26');
    insert into people (id, full_name) values (1, 'Trịnh Tuấn Sinh');
    insert into document_numbers (id, committee_id, type, period, number, status, issued_on) values
      (40, 2, 'TB', 'term:2020-10-26', 3, 'issued', '2021-02-01');
    insert into conclusions (id, committee_id, number, issued_on, title, signer_person_id, signer_title, status, created_at) values
      (1, 1, 5, '2021-01-15', 'TB năm', 1, 'TRƯỞNG BAN', 'issued', '2021-01-14T08:00:00.000Z'),
      (2, 1, null, null, 'Nháp', null, null, 'draft', '2021-03-02T08:00:00.000Z'),
      (7, 2, 3, '2021-02-01', 'TB nhiệm kỳ', null, null, 'issued', '2021-02-01T08:00:00.000Z');
    insert into conclusion_items (id, conclusion_id, position, text) values (1, 1, 1, 'Kiện toàn'), (2, 7, 1, 'Phối hợp');
  `);
  return raw;
}

describe('0013-conclusions', () => {
  it('moves every number into the TB series (one source of truth), keeps every row and id, dates the drafts', async () => {
    const raw = await before0013();
    await migrateTo(raw.db, raw.sqlite, version);
    const all = (q: string) => raw.sqlite.prepare(q).all();
    expect(all(`select k.id, k.status, k.issued_on, k.signing_form, n.period, n.number, n.type from conclusions k
      left join document_numbers n on n.id = k.document_number_id order by k.id`)).toEqual([
      { id: 1, status: 'issued', issued_on: '2021-01-15', signing_form: 'tm', period: '2021', number: 5, type: 'TB' },
      { id: 2, status: 'draft', issued_on: '2021-03-02', signing_form: 'tm', period: null, number: null, type: null },
      // The Party committee's number 3 of its term was in the series already: the notice takes that row.
      { id: 7, status: 'issued', issued_on: '2021-02-01', signing_form: 'tm', period: 'term:2020-10-26', number: 3, type: 'TB' },
    ]);
    expect(raw.sqlite.prepare(`select document_number_id from conclusions where id = 7`).pluck().get()).toBe(40);
    expect(raw.sqlite.prepare(`select count(*) from document_numbers`).pluck().get()).toBe(2);
    expect(raw.sqlite.prepare(`select seq from sqlite_sequence where name = 'conclusions'`).pluck().get()).toBe(7);
    expect(all(`select id, sub_points_json from conclusion_items order by id`)).toEqual([
      { id: 1, sub_points_json: '[]' },
      { id: 2, sub_points_json: '[]' },
    ]);
    await raw.close();
  });

  it('the schema ties the number to the status and the reason to cancelled; a number serves one notice', async () => {
    const raw = await before0013();
    await migrateTo(raw.db, raw.sqlite, version);
    raw.sqlite.pragma('foreign_keys = ON');
    const insert = (values: string) =>
      () => raw.sqlite.exec(`insert into conclusions (committee_id, document_number_id, issued_on, title, status, cancel_reason) values ${values}`);
    expect(insert(`(1, null, '2021-05-01', 'x', 'issued', null)`)).toThrow(/CHECK constraint failed: conclusions_numbered/);
    expect(insert(`(1, 40, '2021-05-01', 'x', 'draft', null)`)).toThrow(/CHECK constraint failed: conclusions_numbered/);
    expect(insert(`(1, null, '2021-05-01', 'x', 'draft', 'lý do')`)).toThrow(/CHECK constraint failed: conclusions_cancel_reason/);
    expect(insert(`(2, 40, '2021-05-01', 'x', 'cancelled', 'Rút lại')`)).toThrow(/UNIQUE constraint failed: conclusions.document_number_id/);
    expect(insert(`(1, null, null, 'x', 'draft', null)`)).toThrow(/NOT NULL constraint failed: conclusions.issued_on/);
    // RESTRICT: a numbered notice keeps its committee.
    expect(() => raw.sqlite.exec(`delete from committees where id = 2`)).toThrow(/FOREIGN KEY constraint failed/);
    await raw.close();
  });

  it('down gives 0012 back: numbers in the column again, cancelled as issued', async () => {
    const raw = await before0013();
    await migrateTo(raw.db, raw.sqlite, version);
    raw.sqlite.exec(`update conclusions set status = 'cancelled', cancel_reason = 'Rút lại' where id = 7`);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    expect(raw.sqlite.prepare(`select id, number, issued_on, status from conclusions order by id`).all()).toEqual([
      { id: 1, number: 5, issued_on: '2021-01-15', status: 'issued' },
      { id: 2, number: null, issued_on: null, status: 'draft' },
      { id: 7, number: 3, issued_on: '2021-02-01', status: 'issued' },
    ]);
    expect(raw.sqlite.prepare(`select name from pragma_table_info('conclusion_items')`).pluck().all()).not.toContain('sub_points_json');
    await raw.close();
  });
});
