import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-chain.js';
import { verifyMinutesIntegrity } from '../integrity-minutes.js';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const version = Object.keys(migrations).indexOf('0015-minutes-integrity') + 1;

/** An archive one version before 0015 with finalized minutes, their original and an amendment. */
async function before0015() {
  const raw = openRaw(tempArchivePath());
  await migrateTo(raw.db, raw.sqlite, version - 1);
  raw.sqlite.exec(`
    insert into committees (id, name, level) values (1, 'BCĐ tỉnh', 'tinh');
    insert into meetings (id, committee_id, kind, title, starts_at) values (1, 1, 'tong_ket', 'Tổng kết', '2021-01-13T08:00');
    insert into minutes (id, meeting_id, status, fields_json, body_json, finalized_at) values (1, 1, 'finalized', '{}', '{"type":"doc"}', '2021-01-14T02:00:00Z');
    insert into minutes_versions (minutes_id, version, kind, fields_json, body_json, document_json, created_at)
      values (1, 1, 'original', '{}', '{"type":"doc"}', '{"format":1}', '2021-01-14T02:00:00.000Z'),
             (1, 2, 'amendment', '{}', '{"type":"doc","content":[]}', null, '2021-01-20T02:00:00.000Z');
  `);
  return raw;
}

describe('0015-minutes-integrity', () => {
  it('seals the versions already there in chained audit entries: the archive verifies ok, the chain holds', async () => {
    const raw = await before0015();
    expect((await verifyMinutesIntegrity(raw.db)).status).toBe('broken');
    await migrateTo(raw.db, raw.sqlite, version);
    expect(await verifyMinutesIntegrity(raw.db)).toEqual({ status: 'ok', versions: 2 });
    expect((await verifyAuditChain(raw.db)).status).toBe('ok');
    expect(() => raw.sqlite.exec(`insert or replace into minutes (id, meeting_id, status) values (1, 1, 'draft')`)).toThrow(/^MINUTES_FINALIZED/);
    await raw.close();
  });

  it('down removes the REPLACE guards, keeping the rows and the seals', async () => {
    const raw = await before0015();
    await migrateTo(raw.db, raw.sqlite, version);
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const names = (raw.sqlite.prepare(`select name from sqlite_master where type = 'trigger' and name like '%no_replace'`).all() as Array<{ name: string }>).map((t) => t.name);
    expect(names).toEqual(['audit_log_no_replace']);
    expect(raw.sqlite.prepare('select count(*) as n from minutes_versions').get()).toEqual({ n: 2 });
    await raw.close();
  });
});
