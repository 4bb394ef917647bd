import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from './connection.js';
import { PERSON_DEPENDENTS, PERSON_DERIVED, deletePerson } from './delete-records.js';
import type { DemoSummary } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { auditHistory } from './history.js';
import { listPeople } from './people-list.js';
import { mergePeople } from './people-merge.js';
import { createPerson, findDuplicates, getPerson, matchPerson, maybeSamePerson, personIdentity, setPersonActive } from './people.js';
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
      for (const r of rows) if (r.table === 'people' && !PERSON_DERIVED.some(([t]) => t === name)) inSchema.push(`${name}.${r.from}`);
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

  it('the same-person rule (maybeSamePerson / matchPerson): organisations equal when both given; a blank one matches only the sole person of that name', () => {
    const who = (name: string, org: string | null, id = 0) => ({ ...personIdentity(name, org), id });
    const an = who('Nguyễn Văn An', null, 7);
    expect(maybeSamePerson(who('NGUYEN VAN AN', 'Sở Nội vụ'), an)).toBe(true);
    expect(maybeSamePerson(who('Nguyễn Văn An', 'Sở Nội vụ'), who('nguyen van an', 'SỞ NỘI VỤ'))).toBe(true);
    expect(maybeSamePerson(who('Nguyễn Văn An', 'Sở Nội vụ'), who('Nguyễn Văn An', 'Sở Y tế'))).toBe(false);
    expect(maybeSamePerson(who('Nguyễn Văn An', '  '), who('Nguyễn Văn Anh', null))).toBe(false);
    expect(matchPerson(who('Nguyễn Văn An', 'Sở Nội vụ'), [an])).toEqual({ kind: 'match', id: 7 });
    expect(matchPerson(who('Nguyễn Văn An', null), [who('Nguyễn Văn An', 'Sở Y tế', 9)])).toEqual({ kind: 'match', id: 9 });
    expect(matchPerson(who('Nguyễn Văn An', 'Sở Nội vụ'), [an, who('Nguyễn Văn An', 'Sở Y tế', 9)])).toEqual({ kind: 'ambiguous', ids: [7] });
    expect(matchPerson(who('Nguyễn Văn An', null), [an, who('Nguyễn Văn An', 'Sở Y tế', 9)])).toEqual({ kind: 'ambiguous', ids: [7, 9] });
    expect(matchPerson(who('Nguyễn Văn An', 'Sở Y tế'), [an, who('Nguyễn Văn An', 'Sở Y tế', 9), who('Nguyễn Văn An', 'Sở Y tế', 8)])).toEqual({ kind: 'match', id: 8 });
    expect(matchPerson(who('Nguyễn Văn An', 'Sở Nội vụ'), [who('Nguyễn Văn An', 'Sở Y tế', 9)])).toEqual({ kind: 'none' });
    expect(matchPerson(who('Nguyễn Văn An', null), [])).toEqual({ kind: 'none' });
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

  it('facts the merge makes double are folded into one (present attendance, lead owner), listed in its audit', async () => {
    const old = await sinhId();
    const keep = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh' }, TEST_ACTOR)).id;
    const seen = await archive.db.selectFrom('attendance').select(['meeting_id', 'status']).where('person_id', '=', old).orderBy('id').executeTakeFirstOrThrow();
    // The kept record attended the same meeting as 'absent'; the merged one's row may say anything else.
    await archive.db.updateTable('attendance').set({ status: 'present' }).where('person_id', '=', old).where('meeting_id', '=', seen.meeting_id).execute();
    const absent = await archive.db.insertInto('attendance').values({ meeting_id: seen.meeting_id, person_id: keep, status: 'absent' }).returning('id').executeTakeFirstOrThrow();
    const { id: actionId } = await archive.db.selectFrom('actions').select('id').orderBy('id').executeTakeFirstOrThrow();
    const lead = await archive.db.insertInto('action_owners').values({ action_id: actionId, person_id: old, is_lead: 1 }).returning('id').executeTakeFirstOrThrow();
    const helper = await archive.db.insertInto('action_owners').values({ action_id: actionId, person_id: keep, is_lead: 0 }).returning('id').executeTakeFirstOrThrow();
    const auditBefore = await archive.db.selectFrom('audit_log').select((s) => s.fn.max('id').as('id')).executeTakeFirstOrThrow();

    await mergePeople(archive.db, keep, old, TEST_ACTOR);
    const attendance = await archive.db.selectFrom('attendance').select(['id', 'status']).where('meeting_id', '=', seen.meeting_id).where('person_id', '=', keep).execute();
    expect(attendance).toEqual([{ id: expect.any(Number), status: 'present' }]);
    const owners = await archive.db.selectFrom('action_owners').select(['id', 'is_lead']).where('action_id', '=', actionId).where('person_id', '=', keep).execute();
    expect(owners).toEqual([{ id: lead.id, is_lead: 1 }]);
    // No meeting or action names the person twice anywhere.
    const { rows: twice } = await sql<{ n: number }>`select count(*) as n from (
      select meeting_id from attendance where person_id = ${keep} group by meeting_id having count(*) > 1
      union all select action_id from action_owners where person_id = ${keep} group by action_id having count(*) > 1)`.execute(archive.db);
    expect(twice[0]!.n).toBe(0);
    const entry = await archive.db.selectFrom('audit_log').select('detail_json').where('id', '>', auditBefore.id!).where('entity_id', '=', keep).executeTakeFirstOrThrow();
    const folded = JSON.parse(entry.detail_json!).folded;
    expect(folded.attendance).toEqual([expect.objectContaining({ id: absent.id, status: 'absent', meeting_id: seen.meeting_id })]);
    expect(folded.action_owners).toEqual([expect.objectContaining({ id: helper.id, is_lead: 0, action_id: actionId })]);
  });

  it('identical memberships fold into one; overlapping different ones refuse the merge with CONFLICT naming the committee and dates', async () => {
    const old = await sinhId();
    const m = await archive.db.selectFrom('memberships').selectAll().where('person_id', '=', old).orderBy('id').executeTakeFirstOrThrow();
    const { name } = await archive.db.selectFrom('committees').select('name').where('id', '=', m.committee_id).executeTakeFirstOrThrow();
    const { id: _id, ...row } = m;

    const clashing = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh' }, TEST_ACTOR)).id;
    await archive.db.insertInto('memberships').values({ ...row, person_id: clashing, duty: 'Khác hẳn' }).execute();
    const counts = await countAllRows(archive.db);
    const error = await mergePeople(archive.db, clashing, old, TEST_ACTOR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { committeeId: m.committee_id, committee: name, merged: { membershipId: m.id, fromDate: m.from_date } } });
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain(m.from_date);
    expect(await countAllRows(archive.db)).toEqual(counts);

    const twin = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh' }, TEST_ACTOR)).id;
    await archive.db.insertInto('memberships').values({ ...row, person_id: twin }).execute();
    const before = await references(old);
    await mergePeople(archive.db, twin, old, TEST_ACTOR);
    const kept = await archive.db.selectFrom('memberships').select('id').where('person_id', '=', twin).where('committee_id', '=', m.committee_id).where('from_date', '=', m.from_date).execute();
    expect(kept).toHaveLength(1);
    expect((await references(twin))['memberships.person_id']).toBe(before['memberships.person_id']);
  });

  it('a merge that fails midway (SQLite aborts a later move) leaves every table and the audit chain as they were', async () => {
    const old = await sinhId();
    const keep = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh', phone: '0912 345 678' }, TEST_ACTOR)).id;
    const before = await references(old);
    // conclusions move after memberships, meetings and attendance: those updates have run when it aborts.
    expect(before['conclusions.signer_person_id']).toBeGreaterThan(0);
    await sql
      .raw(`create temp trigger refuse_signer before update of signer_person_id on main.conclusions when new.signer_person_id = ${keep}
        begin select raise(abort, 'refused for the test'); end`)
      .execute(archive.db);
    const counts = await countAllRows(archive.db);
    const chain = await archive.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const people = await archive.db.selectFrom('people').selectAll().orderBy('id').execute();

    await expect(mergePeople(archive.db, keep, old, TEST_ACTOR)).rejects.toThrow(/refused for the test/);
    expect(await countAllRows(archive.db)).toEqual(counts);
    expect(await archive.db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(chain);
    expect(await archive.db.selectFrom('people').selectAll().orderBy('id').execute()).toEqual(people);
    expect(await references(old)).toEqual(before);
    expect(await references(keep)).toEqual({});

    await sql`drop trigger temp.refuse_signer`.execute(archive.db);
    expect((await mergePeople(archive.db, keep, old, TEST_ACTOR)).moved).toEqual(before);
  });

  it("the merge is named in the history (Lịch sử) of both records, each naming the other", async () => {
    const old = await sinhId();
    const keep = (await createPerson(archive.db, { fullName: 'Trịnh Tuấn Sinh (bản sao)' }, TEST_ACTOR)).id;
    await mergePeople(archive.db, keep, old, TEST_ACTOR);
    const [kept] = (await auditHistory(archive.db, 'person', keep)).items;
    expect(kept?.detail).toMatchObject({ merged: old, mergedName: 'Trịnh Tuấn Sinh' });
    const [gone] = (await auditHistory(archive.db, 'person', old)).items;
    expect(gone?.detail).toMatchObject({ mergedInto: keep, mergedIntoName: 'Trịnh Tuấn Sinh (bản sao)' });
  });
});
