import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from './connection.js';
import { createPerson } from './people.js';
import { openReadOnlyArchive } from './read-connection.js';
import { TEST_ACTOR, countRows, removeTempDirs, tempArchivePath } from './test-support.js';

afterAll(removeTempDirs);

const sound = { integrity: () => ({ status: 'ok' as const }), checked: Promise.resolve({ status: 'ok' as const }) };

describe('openReadOnlyArchive', () => {
  it('reads what the writer committed, beside the writer, and never writes', async () => {
    const writer = await openArchive(tempArchivePath(), { create: true });
    const reader = openReadOnlyArchive(writer.file, sound);
    try {
      await createPerson(writer.db, { fullName: 'Nguyễn Văn An' }, TEST_ACTOR);
      expect(await countRows(reader.db, 'people')).toBe(1);
      await expect(sql`insert into settings (key, value) values ('x', '1')`.execute(reader.db)).rejects.toMatchObject({
        code: expect.stringMatching(/^SQLITE_READONLY/),
      });
      await expect(sql`delete from people`.execute(reader.db)).rejects.toThrow();
      expect(await countRows(writer.db, 'people')).toBe(1);
      expect(() => reader.assertWritable()).toThrow(/never runs a mutation/);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('refuses a file that does not exist with NOT_AN_ARCHIVE, creating nothing', () => {
    const file = tempArchivePath();
    expect(() => openReadOnlyArchive(file, sound)).toThrow(expect.objectContaining({ code: 'NOT_AN_ARCHIVE' }));
    expect(fs.existsSync(file)).toBe(false);
  });
});
