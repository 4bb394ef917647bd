import { createHash, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { migrations } from './index.js';

afterAll(removeTempDirs);

const names = Object.keys(migrations);
const version = names.indexOf('0009-attachments') + 1;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('0009-attachments', () => {
  it('moves every BLOB into chunks of at most 1 MiB, byte for byte, and down puts them back', async () => {
    const raw = openRaw(tempArchivePath());
    await migrateTo(raw.db, raw.sqlite, version - 1);
    const big = randomBytes(2 * 1024 * 1024 + 123); // three chunks, the last short
    const exact = randomBytes(1024 * 1024); // exactly one
    const insert = raw.sqlite.prepare('insert into attachments (id, file_name, mime_type, size, sha256, data) values (?, ?, ?, ?, ?, ?)');
    insert.run(1, 'Báo cáo.pdf', 'application/pdf', big.length, sha(big), big);
    insert.run(2, 'a.png', 'image/png', exact.length, sha(exact), exact);

    await migrateTo(raw.db, raw.sqlite, version);
    const chunks = raw.sqlite.prepare('select attachment_id, seq, length(data) n from attachment_chunks order by attachment_id, seq').all();
    expect(chunks).toEqual([
      { attachment_id: 1, seq: 0, n: 1024 * 1024 },
      { attachment_id: 1, seq: 1, n: 1024 * 1024 },
      { attachment_id: 1, seq: 2, n: 123 },
      { attachment_id: 2, seq: 0, n: 1024 * 1024 },
    ]);
    const joined = (id: number) => Buffer.concat(raw.sqlite.prepare('select data from attachment_chunks where attachment_id = ? order by seq').pluck().all(id) as Buffer[]);
    expect(sha(joined(1))).toBe(sha(big));
    expect(joined(2).equals(exact)).toBe(true);
    expect(raw.sqlite.prepare('select original_name from attachments where id = 1').pluck().get()).toBe('Báo cáo.pdf');
    expect((raw.sqlite.pragma('table_info(attachments)') as Array<{ name: string }>).map((c) => c.name)).not.toContain('data');

    await migrateTo(raw.db, raw.sqlite, version - 1);
    expect((raw.sqlite.prepare('select data from attachments where id = 1').pluck().get() as Buffer).equals(big)).toBe(true);
    expect(raw.sqlite.prepare(`select name from sqlite_master where name like '%attachment_chunks%' or name like '%_attachments'`).pluck().all()).toEqual([]);
    await raw.close();
  });
});
