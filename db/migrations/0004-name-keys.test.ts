import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateTo } from '../migrator.js';
import { openRaw, removeTempDirs, tempArchivePath } from '../test-support.js';
import { fold } from '../text/fold.js';
import { searchWords, vietnameseSortKey } from '../text/sort-key.js';
import { migrations } from './index.js';
import * as frozen from './0004-name-keys.js';

afterAll(removeTempDirs);

const VIETNAMESE = [...'aăâbcdđðeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];
const letter = fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.map((c) => c.toUpperCase()), ' ', '-', '.', '1');
const name = fc.array(letter, { maxLength: 30 }).map((cs) => cs.join(''));

describe('migration 0004 keeps a frozen copy of the app’s keys', () => {
  it('its sort key and search words equal the app’s for any Vietnamese text', () => {
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ unit: 'grapheme' })), (text) => {
        expect(frozen.sortKey(text)).toBe(vietnameseSortKey(text));
        expect(frozen.searchWords(text, null, text)).toEqual(searchWords(text, null, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('back-fills the people an older archive already holds, and its down step removes it all', async () => {
    const raw = openRaw(tempArchivePath());
    const index = Object.keys(migrations).indexOf('0004-name-keys');
    await migrateTo(raw.db, raw.sqlite, index);
    const insert = raw.sqlite.prepare(
      `insert into people (full_name, position, organisation, created_at, updated_at) values (?, ?, ?, 'x', 'x')`,
    );
    insert.run('Trịnh Tuấn Sinh', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa');
    insert.run('Đỗ Văn Hải', null, null);
    const before = raw.sqlite.prepare(`select * from sqlite_master order by name`).all();
    // Up to 0004 only: later migrations rebuild tables (0006), so their down cannot give back the same pages.
    await migrateTo(raw.db, raw.sqlite, index + 1);

    const people = raw.sqlite.prepare('select * from people order by id').all() as Array<Record<string, string | null>>;
    expect(people.map((p) => [p.name_folded, p.organisation_folded, p.sort_key])).toEqual([
      ['trinh tuan sinh', 'tinh uy thanh hoa', vietnameseSortKey('Trịnh Tuấn Sinh')],
      ['do van hai', null, vietnameseSortKey('Đỗ Văn Hải')],
    ]);
    expect(fold('Trịnh Tuấn Sinh')).toBe(people[0]!.name_folded);
    const words = raw.sqlite.prepare('select person_id, word from people_words order by person_id, word').all();
    expect(words).toEqual([
      ...searchWords('Trịnh Tuấn Sinh', 'Phó Bí thư Tỉnh ủy', 'Tỉnh ủy Thanh Hóa').sort().map((word) => ({ person_id: 1, word })),
      ...searchWords('Đỗ Văn Hải').sort().map((word) => ({ person_id: 2, word })),
    ]);

    await migrateTo(raw.db, raw.sqlite, index);
    expect(raw.sqlite.prepare(`select * from sqlite_master order by name`).all()).toEqual(before);
    await raw.close();
  });
});
