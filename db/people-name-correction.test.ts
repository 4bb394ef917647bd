import { afterAll, describe, expect, it } from 'vitest';
import { writeRosterDocx } from './documents/roster-docx.js';
import { getRosterDocument } from './documents/roster-source.js';
import { documentXml, tableRows } from './documents/test-read-back.js';
import { createPerson, updatePerson } from './people.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from './test-support.js';

// A misspelt name corrected (nameCorrection) is the person's name on every date; a rename
// (the default) keeps the old name for the days before it.

afterAll(removeTempDirs);

describe('a misspelt full name corrected', () => {
  it('shows the corrected name on past rosters too (roster and Word file), keeps no name history, and audits the correction', async () => {
    const { archive, demo } = await openDemoArchive();
    const lan = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.fullName === 'Trần Thị Lan')!;
    const saved = await updatePerson(archive.db, lan.personId, { fullName: 'Trần Thị Lân' }, TEST_ACTOR, '2023-03-01', { nameCorrection: true });
    expect(saved.fullName).toBe('Trần Thị Lân');
    const nameOn = async (day: string) => (await getRoster(archive.db, demo.committeeId, day)).members.find((m) => m.personId === lan.personId)?.fullName;
    expect(await nameOn('2021-01-13')).toBe('Trần Thị Lân');
    expect(await nameOn('2023-03-01')).toBe('Trần Thị Lân');
    const rows = tableRows(documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13'))));
    expect(rows.map((r) => r[1])).toContain('Trần Thị Lân');
    expect(rows.map((r) => r[1])).not.toContain('Trần Thị Lan');
    expect(await archive.db.selectFrom('person_names').selectAll().where('person_id', '=', lan.personId).execute()).toEqual([]);
    const entry = await archive.db
      .selectFrom('audit_log')
      .select('detail_json')
      .where('entity', '=', 'person')
      .where('entity_id', '=', lan.personId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail_json!)).toMatchObject({ fullName: 'Trần Thị Lân', previousName: 'Trần Thị Lan', nameCorrection: true });
    await archive.close();
  });

  it('keeps an earlier real rename, and corrects an earlier name only where it is spelt like the typo', async () => {
    const { archive, demo } = await openDemoArchive();
    const lan = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.fullName === 'Trần Thị Lan')!;
    // A real rename, typed with a typo, then the typo corrected: the rename stays.
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Thị Lan Ahn' }, TEST_ACTOR, '2022-05-10');
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Thị Lan Anh' }, TEST_ACTOR, '2022-06-01', { nameCorrection: true });
    const nameOn = async (day: string) => (await getRoster(archive.db, demo.committeeId, day)).members.find((m) => m.personId === lan.personId)?.fullName;
    expect(await nameOn('2021-01-13')).toBe('Trần Thị Lan');
    expect(await nameOn('2022-05-10')).toBe('Trần Thị Lan Anh');
    const history = () => archive.db.selectFrom('person_names').select(['full_name', 'until_date']).where('person_id', '=', lan.personId).orderBy('id').execute();
    expect(await history()).toEqual([{ full_name: 'Trần Thị Lan', until_date: '2022-05-10' }]);

    // A name history that holds the typo itself (renamed away and back): that row is corrected, the others not.
    const tam = await createPerson(archive.db, { fullName: 'Lê Văn Tamm', organisation: 'Sở Tư pháp' }, TEST_ACTOR);
    await updatePerson(archive.db, tam.id, { fullName: 'Lê Minh Tâm' }, TEST_ACTOR, '2022-01-01');
    await updatePerson(archive.db, tam.id, { fullName: 'Lê Văn Tamm' }, TEST_ACTOR, '2023-01-01');
    await updatePerson(archive.db, tam.id, { fullName: 'Lê Văn Tám' }, TEST_ACTOR, '2023-02-01', { nameCorrection: true });
    const tamHistory = await archive.db.selectFrom('person_names').select(['full_name', 'until_date']).where('person_id', '=', tam.id).orderBy('id').execute();
    expect(tamHistory).toEqual([
      { full_name: 'Lê Văn Tám', until_date: '2022-01-01' },
      { full_name: 'Lê Minh Tâm', until_date: '2023-01-01' },
    ]);
    await archive.close();
  });

  it('is a rename by default: the old name stays on past rosters', async () => {
    const { archive, demo } = await openDemoArchive();
    const lan = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.fullName === 'Trần Thị Lan')!;
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Thị Lân' }, TEST_ACTOR, '2023-03-01', { nameCorrection: false });
    expect((await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.personId === lan.personId)?.fullName).toBe('Trần Thị Lan');
    await archive.close();
  });
});
