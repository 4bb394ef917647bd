import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-chain.js';
import { createCommittee } from './committees.js';
import { openArchive } from './connection.js';
import { sql } from 'kysely';
import { COMMITTEE_DEPENDENTS, PERSON_DEPENDENTS, PERSON_DERIVED, deleteCommittee, deletePerson } from './delete-records.js';
import { ArchiveError } from './errors.js';
import { createPerson } from './people.js';
import { TEST_ACTOR, countAllRows, createDemoFile, removeTempDirs, sha256File, useTempArchive } from './test-support.js';

afterAll(removeTempDirs);

async function refusal(run: Promise<unknown>): Promise<ArchiveError> {
  const error = await run.then(() => new Error('deleted'), (e: unknown) => e);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('deleting a record others refer to', () => {
  it('a committee with meetings is refused, naming its dependents, and the file is byte-identical', async () => {
    const file = await createDemoFile();
    const before = sha256File(file);
    const archive = await openArchive(file, { integrityCheck: 'now' });
    const counts = await countAllRows(archive.db);
    const error = await refusal(deleteCommittee(archive.db, 1, TEST_ACTOR));
    expect(error.code).toBe('HAS_DEPENDENTS');
    expect(error.message).toMatch(/1 meetings\.committee_id/);
    expect(error.message).toMatch(/memberships\.committee_id/);
    expect(error.details?.dependents).toMatchObject({ 'meetings.committee_id': 1, 'memberships.committee_id': 8 });
    expect(await countAllRows(archive.db)).toEqual(counts);
    await archive.close();
    expect(sha256File(file)).toBe(before);
  });

  it('a person on a roster is refused', async () => {
    const file = await createDemoFile();
    const archive = await openArchive(file, { integrityCheck: 'now' });
    const error = await refusal(deletePerson(archive.db, 1, TEST_ACTOR));
    expect(error.code).toBe('HAS_DEPENDENTS');
    expect(error.message).toMatch(/memberships\.person_id/);
    await archive.close();
  });
});

describe('deleting a record nothing refers to', () => {
  const t = useTempArchive();

  it('deletes the committee and records it in the audit log, chain intact', async () => {
    const keep = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
    const gone = await createCommittee(t.db, { name: 'BCĐ xã Mới', level: 'xa' }, TEST_ACTOR, '2021-01-13');
    await deleteCommittee(t.db, gone.id, TEST_ACTOR);
    const left = await t.db.selectFrom('committees').select('id').execute();
    expect(left).toEqual([{ id: keep.id }]);
    const last = await t.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'delete', entity: 'committee', entity_id: gone.id, actor: TEST_ACTOR });
    expect(JSON.parse(last.detail_json ?? '{}')).toMatchObject({ name: 'BCĐ xã Mới', level: 'xa' });
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'ok', entries: 3 });
  });

  it('a parent committee is refused until its sub-committee is gone', async () => {
    const parent = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
    const child = await createCommittee(t.db, { name: 'BCĐ huyện', level: 'huyen', parentCommitteeId: parent.id }, TEST_ACTOR, '2021-01-13');
    expect((await refusal(deleteCommittee(t.db, parent.id, TEST_ACTOR))).message).toMatch(/committees\.parent_committee_id/);
    await deleteCommittee(t.db, child.id, TEST_ACTOR);
    await deleteCommittee(t.db, parent.id, TEST_ACTOR);
    expect(await t.db.selectFrom('committees').select('id').execute()).toEqual([]);
  });

  it('deletes a person, audited; a missing one is NOT_FOUND', async () => {
    const person = await createPerson(t.db, { fullName: 'Trần Thị Lan' }, TEST_ACTOR);
    await deletePerson(t.db, person.id, TEST_ACTOR);
    expect(await t.db.selectFrom('people').select('id').execute()).toEqual([]);
    const last = await t.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'delete', entity: 'person', entity_id: person.id });
    expect((await refusal(deletePerson(t.db, person.id, TEST_ACTOR))).code).toBe('NOT_FOUND');
  });
});

describe('the lists of dependents', () => {
  const t = useTempArchive();

  /** Every column of the live schema that references `table`, as "table.column". */
  async function referencesTo(table: string): Promise<string[]> {
    const { rows } = await sql<{ name: string; col: string }>`
      select m.name as name, f."from" as col
      from sqlite_master m, pragma_foreign_key_list(m.name) f
      where m.type = 'table' and f."table" = ${table}`.execute(t.db);
    return rows.map((r) => `${r.name}.${r.col}`).sort();
  }
  const names = (refs: ReadonlyArray<readonly [string, string]>) => refs.map(([table, column]) => `${table}.${column}`).sort();

  it('name every reference the schema has to a committee and to a person', async () => {
    expect(names(COMMITTEE_DEPENDENTS)).toEqual(await referencesTo('committees'));
    expect(names([...PERSON_DEPENDENTS, ...PERSON_DERIVED])).toEqual(await referencesTo('people'));
  });
});
