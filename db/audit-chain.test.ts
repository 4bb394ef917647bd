import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, verifyAuditChain } from './audit-chain.js';
import type { Db } from './connection.js';
import { createPerson } from './people.js';
import { audit } from './audit.js';
import { TEST_ACTOR, useTempArchive } from './test-support.js';

const t = useTempArchive();

/** Four entries: the people Lan, Bình, Cường and Dũng created one by one. */
async function fourEntries(db: Db) {
  for (const fullName of ['Trần Thị Lan', 'Lê Thị Bình', 'Phạm Văn Cường', 'Hoàng Văn Dũng']) {
    await createPerson(db, { fullName }, TEST_ACTOR);
  }
  return db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

/** What someone with the file and a SQLite shell can do: lift a guard, change rows, put it back. */
async function withoutGuard(db: Db, trigger: 'audit_log_no_update' | 'audit_log_no_delete', run: () => Promise<unknown>) {
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where name = ${trigger}`.execute(db);
  await sql.raw(`drop trigger ${trigger}`).execute(db);
  await run();
  await sql.raw(rows[0]!.sql).execute(db);
}

describe('the audit chain', () => {
  it('is sound after ordinary writes: each entry links to the one before, the head is the last hash', async () => {
    const rows = await fourEntries(t.db);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(rows[2]!.hash).toBe(entryHash(rows[1]!.hash!, rows[2]!));
    expect(await verifyAuditChain(t.db)).toEqual({ status: 'ok', entries: 4, head: rows[3]!.hash });
  });

  it('walks a log longer than one batch, and names a changed entry deep in it', async () => {
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 4500; i++) await audit(trx, { actor: TEST_ACTOR, action: 'update', entity: 'setting', entityId: i });
    });
    const ok = await verifyAuditChain(t.db);
    expect(ok).toMatchObject({ status: 'ok', entries: 4500 });
    await withoutGuard(t.db, 'audit_log_no_update', () => sql`update audit_log set entity_id = -1 where id = 4321`.execute(t.db));
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 4321, entries: 4321 });
  });

  it('an empty log is sound', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ status: 'ok', entries: 0, head: GENESIS_HASH });
  });

  it('names a changed entry', async () => {
    await fourEntries(t.db);
    await withoutGuard(t.db, 'audit_log_no_update', () =>
      sql`update audit_log set actor = 'someone else' where id = 2`.execute(t.db),
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 2, reason: expect.stringMatching(/changed/) });
  });

  it('names the entry after a removed one', async () => {
    await fourEntries(t.db);
    await withoutGuard(t.db, 'audit_log_no_delete', () => sql`delete from audit_log where id = 2`.execute(t.db));
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 3, reason: expect.stringMatching(/removed/) });
  });

  it('names an inserted entry that links to the last one but carries a made-up hash', async () => {
    const rows = await fourEntries(t.db);
    const forged = { at: '2021-01-13T08:00:00.000Z', actor: 'x', action: 'delete', entity: 'person', entity_id: 1, detail_json: null };
    await t.db.insertInto('audit_log').values({ ...forged, prev_hash: rows[3]!.hash, hash: GENESIS_HASH }).execute();
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 5 });
  });

  it('names an entry inserted by a plain insert that skips audit()', async () => {
    await fourEntries(t.db);
    await sql`insert into audit_log (at, actor, action, entity) values ('2021-01-13', 'x', 'create', 'person')`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 5 });
  });

  it('names the first of two reordered entries', async () => {
    const rows = await fourEntries(t.db);
    const [b, c] = [rows[1]!, rows[2]!];
    await withoutGuard(t.db, 'audit_log_no_update', async () => {
      for (const [id, row] of [[2, c], [3, b]] as const) {
        const { id: _id, ...rest } = row;
        await t.db.updateTable('audit_log').set(rest).where('id', '=', id).execute();
      }
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 2 });
  });

  it('sees entries removed from the end after the triggers were dropped', async () => {
    await fourEntries(t.db);
    await sql`drop trigger audit_log_no_delete`.execute(t.db);
    await sql`drop trigger audit_log_no_update`.execute(t.db);
    await sql`delete from audit_log where id >= 3`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 3, reason: expect.stringMatching(/removed/) });
    await sql`delete from audit_log`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 1 });
  });

  it('reports a dropped guard even when no entry was touched yet', async () => {
    await fourEntries(t.db);
    await sql`drop trigger audit_log_no_replace`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: null, reason: expect.stringMatching(/no_replace/) });
  });

  it.each([
    ['when 0', `create trigger audit_log_no_update before update on audit_log when 0 begin select raise(abort, 'audit_log is append-only'); end`],
    ['an empty body', `create trigger audit_log_no_update before update on audit_log begin select 1; end`],
  ])('reports a guard replaced by one that lets updates through (%s)', async (_how, replacement) => {
    await fourEntries(t.db);
    await sql`drop trigger audit_log_no_update`.execute(t.db);
    await sql.raw(replacement).execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: null, reason: expect.stringMatching(/no_update was replaced/) });
  });

  it('a guard written with other white space or case is still the same guard', async () => {
    await fourEntries(t.db);
    await sql`drop trigger audit_log_no_delete`.execute(t.db);
    await sql.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`).execute(t.db);
    expect((await verifyAuditChain(t.db)).status).toBe('ok');
  });
});

describe('REPLACE on audit_log', () => {
  const replacements = [
    `replace into audit_log (id, at, actor, action, entity) values (2, 'x', 'x', 'create', 'person')`,
    `insert or replace into audit_log (id, at, actor, action, entity) values (2, 'x', 'x', 'create', 'person')`,
  ];

  it.each(replacements)('is refused by the schema: %s', async (statement) => {
    const before = await fourEntries(t.db);
    await expect(sql.raw(statement).execute(t.db)).rejects.toThrow(/cannot be replaced/);
    expect(await t.db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before);
    expect((await verifyAuditChain(t.db)).status).toBe('ok');
  });

  it('without the guard would rewrite an entry silently (no delete trigger fires), and the chain sees it', async () => {
    await fourEntries(t.db);
    await sql`drop trigger audit_log_no_replace`.execute(t.db);
    await sql.raw(replacements[0]!).execute(t.db);
    const row = await t.db.selectFrom('audit_log').select('actor').where('id', '=', 2).executeTakeFirstOrThrow();
    expect(row.actor).toBe('x');
    expect(await verifyAuditChain(t.db)).toMatchObject({ status: 'broken', entryId: 2 });
  });

  it('an upsert on audit_log is refused as an update', async () => {
    await fourEntries(t.db);
    const upsert = sql`insert into audit_log (id, at, actor, action, entity) values (2, 'x', 'x', 'create', 'person')
      on conflict (id) do update set actor = 'x'`;
    await expect(upsert.execute(t.db)).rejects.toThrow(/append-only/);
  });
});
