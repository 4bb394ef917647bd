import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from './connection.js';
import { PERSON_DEPENDENTS, deletePerson } from './delete-records.js';
import type { DemoSummary } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { listPeople } from './people-list.js';
import { mergePeople } from './people-merge.js';
import { createPerson, findDuplicates, getPerson, setPersonActive } from './people.js';
import { TEST_ACTOR, countAllRows, openDemoArchive, removeTempDirs } from './test-support.js';

let archive: Archive;
let demo: DemoSummary;
beforeEach(async () => {
  ({ archive, demo } = await openDemoArchive());
});
afterEach(async () => {
  await archive.close();
  removeTempDirs();
});

async function sinhId(): Promise<number> {
  const [sinh] = (await listPeople(archive.db, { query: 'trinh tuan sinh' })).items;
  return sinh!.id;
}

/** How many rows of each referring table name the person. */
async function references(personId: number): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const [table, column] of PERSON_DEPENDENTS) {
    const { n } = await archive.db
      .selectFrom(table)
      .select((s) => s.fn.countAll<number>().as('n'))
      .where(sql.ref(column), '=', personId)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) found[`${table}.${column}`] = Number(n);
  }
  return found;
}

describe('people: duplicates, merge, inactive', () => {
  it('every reference to a person in the schema is in PERSON_DEPENDENTS (what merge moves and delete checks)', async () => {
    const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(archive.db);
    const inSchema: string[] = [];
    for (const { name } of tables) {
      const { rows } = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${name})`.execute(archive.db);
      for (const r of rows) if (r.table === 'people' && name !== 'people_words') inSchema.push(`${name}.${r.from}`);
    }
    expect(inSchema.sort()).toEqual(PERSON_DEPENDENTS.map(([t, c]) => `${t}.${c}`).sort());
  });

  it('findDuplicates: same folded name and organisation (or a blank one), not another organisation', async () => {
    const sinh = await getPerson(archive.db, await sinhId());
    const same = await findDuplicates(archive.db, { fullName: 'TRINH TUAN SINH', organisation: sinh.organisation!.normalize('NFD') });
    expect(same.items.map((p) => p.id)).toEqual([sinh.id]);
    expect((await findDuplicates(archive.db, { fullName: 'Trịnh Tuấn Sinh' })).items.map((p) => p.id)).toEqual([sinh.id]);
    expect((await findDuplicates(archive.db, { fullName: 'Trịnh Tuấn Sinh', organisation: 'Huyện ủy Nga Sơn' })).items).toEqual([]);
    expect((await findDuplicates(archive.db, { fullName: 'Trịnh Tuấn Sinh', excludeId: sinh.id })).items).toEqual([]);
    // Saving one anyway answers with a warning, never a refusal.
    const dup = await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh', phone: '0912 345 678' }, TEST_ACTOR);
    expect(dup.warnings).toEqual([expect.objectContaining({ code: 'possible_duplicate_person', ids: [sinh.id] })]);
  });

  it('merge moves every reference to the kept record, fills its blanks, removes the other, audited', async () => {
    const old = await sinhId();
    const before = await references(old);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['memberships.person_id', 'meetings.chair_person_id', 'attendance.person_id', 'conclusions.signer_person_id']),
    );
    const keep = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh', phone: '0912 345 678' }, TEST_ACTOR)).id;
    const auditBefore = await archive.db.selectFrom('audit_log').select('id').execute();

    const result = await mergePeople(archive.db, keep, old, TEST_ACTOR);
    expect(result.moved).toEqual(before);
    expect(await references(old)).toEqual({});
    expect(await references(keep)).toEqual(before);
    expect(result.person).toMatchObject({ id: keep, phone: '0912 345 678', position: 'Phó Bí thư Tỉnh ủy' });
    expect(result.person.memberships.length).toBeGreaterThan(0);
    await expect(getPerson(archive.db, old)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await archive.db.selectFrom('people_words').select('word').where('person_id', '=', old).execute()).toEqual([]);
    // The kept record's search words now hold the position it took over.
    expect((await listPeople(archive.db, { query: 'pho bi thu' })).items.map((p) => p.id)).toContain(keep);
    const entries = await archive.db.selectFrom('audit_log').selectAll().where('id', '>', auditBefore.at(-1)!.id).orderBy('id').execute();
    expect(entries.map((e) => [e.action, e.entity, e.entity_id])).toEqual([
      ['update', 'person', keep],
      ['delete', 'person', old],
    ]);
  });

  it('a refused merge writes nothing', async () => {
    const counts = await countAllRows(archive.db);
    await expect(mergePeople(archive.db, await sinhId(), 9999, TEST_ACTOR)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergePeople(archive.db, 9999, await sinhId(), TEST_ACTOR)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await countAllRows(archive.db)).toEqual(counts);
  });

  it('a person other records name cannot be deleted; they are marked inactive instead', async () => {
    const id = await sinhId();
    const error = await deletePerson(archive.db, id, TEST_ACTOR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe('HAS_DEPENDENTS');
    expect((await setPersonActive(archive.db, id, false, TEST_ACTOR)).active).toBe(false);
    expect((await getPerson(archive.db, id)).active).toBe(false);
    expect((await setPersonActive(archive.db, id, true, TEST_ACTOR)).active).toBe(true);
    const audit = await archive.db.selectFrom('audit_log').select('detail_json').where('entity', '=', 'person').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.slice(-2).map((a) => JSON.parse(a.detail_json!))).toEqual([{ active: false }, { active: true }]);
    expect(demo.committeeId).toBeGreaterThan(0);
  });
});
