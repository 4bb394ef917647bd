import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

// Frozen: archive trust, as of schema version 2. Never edit it after release and never
// import app code here (the audit hash below is a frozen copy of db/audit-chain.ts).
//
// 1. Every reference between records becomes ON DELETE RESTRICT: the tables are rebuilt
//    following SQLite's 12-step ALTER TABLE procedure (https://sqlite.org/lang_altertable.html#otheralter),
//    keeping their rows, ids, indexes and AUTOINCREMENT counters. The migrator runs this
//    with foreign keys off and runs foreign_key_check afterwards.
// 2. The audit log becomes tamper-evident: prev_hash and hash columns, back-filled in
//    order; REPLACE on audit_log is refused by a trigger.

type OnDelete = 'cascade' | 'set null';

/** The references that 0001 made CASCADE or SET NULL: table → column → 0001's action. */
const REFERENCES: Record<string, Record<string, OnDelete>> = {
  committees: { parent_committee_id: 'set null' },
  decisions: { committee_id: 'cascade' },
  memberships: { committee_id: 'cascade', decision_id: 'set null', end_decision_id: 'set null' },
  meetings: { committee_id: 'cascade', chair_person_id: 'set null', secretary_person_id: 'set null' },
  agenda_items: { meeting_id: 'cascade', presenter_person_id: 'set null' },
  attendance: { meeting_id: 'cascade' },
  minutes: { meeting_id: 'cascade' },
  minutes_versions: { minutes_id: 'cascade' },
  conclusions: { committee_id: 'cascade', meeting_id: 'set null', signer_person_id: 'set null' },
  conclusion_items: { conclusion_id: 'cascade' },
  actions: { committee_id: 'cascade', conclusion_item_id: 'set null' },
  action_owners: { action_id: 'cascade' },
  progress_updates: { action_id: 'cascade', attachment_id: 'set null' },
};

const GENESIS = '0'.repeat(64);

function entryHash(prev: string, e: Record<string, unknown>): string {
  const content = JSON.stringify([prev, e.at, e.actor, e.action, e.entity, e.entity_id ?? null, e.detail_json ?? null]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

async function one<T>(db: Kysely<any>, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

/** Rewrites the ON DELETE action of each named column in a CREATE TABLE statement. */
function rewrite(createSql: string, table: string, actions: Record<string, string>): string {
  let out = createSql.replace(new RegExp(`^create table "?${table}"?`, 'i'), `create table "${table}__new"`);
  if (out === createSql) throw new Error(`0002: unexpected definition of ${table}`);
  for (const [column, action] of Object.entries(actions)) {
    const pattern = new RegExp(`("${column}"[^,]*? references [^,]*? on delete )(cascade|set null|restrict)`, 'i');
    if (!pattern.test(out)) throw new Error(`0002: no reference on ${table}.${column}`);
    out = out.replace(pattern, `$1${action}`);
  }
  return out;
}

/** SQLite's 12-step rebuild of one table with a new definition; rows, indexes and counter kept. */
async function rebuild(db: Kysely<any>, table: string, actions: Record<string, string>): Promise<void> {
  const [def] = await one<{ sql: string }>(db, sql`select sql from sqlite_master where type = 'table' and name = ${table}`);
  if (!def) throw new Error(`0002: table ${table} is missing`);
  const indexes = await one<{ sql: string }>(
    db,
    sql`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`,
  );
  const [seq] = await one<{ seq: number }>(db, sql`select seq from sqlite_sequence where name = ${table}`);
  await sql.raw(rewrite(def.sql, table, actions)).execute(db);
  await sql.raw(`insert into "${table}__new" select * from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${table}__new" rename to "${table}"`).execute(db);
  for (const index of indexes) await sql.raw(index.sql).execute(db);
  if (seq) await sql`update sqlite_sequence set seq = max(seq, ${seq.seq}) where name = ${table}`.execute(db);
}

async function inSavepoint(db: Kysely<any>, run: () => Promise<void>): Promise<void> {
  const [fk] = await one<{ foreign_keys: number }>(db, sql`pragma foreign_keys`);
  if (fk?.foreign_keys) throw new Error('0002 must run with foreign keys off (a rebuild would fire the old references)');
  await sql`savepoint m0002`.execute(db);
  try {
    await run();
    await sql`release m0002`.execute(db);
  } catch (error) {
    await sql`rollback to m0002`.execute(db);
    await sql`release m0002`.execute(db);
    throw error;
  }
}

const NO_UPDATE = sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`;

export async function up(db: Kysely<any>): Promise<void> {
  await inSavepoint(db, async () => {
    for (const [table, columns] of Object.entries(REFERENCES)) {
      await rebuild(db, table, Object.fromEntries(Object.keys(columns).map((c) => [c, 'restrict'])));
    }

    await sql`alter table audit_log add column prev_hash text`.execute(db);
    await sql`alter table audit_log add column hash text`.execute(db);
    await sql`drop trigger audit_log_no_update`.execute(db);
    const rows = await one<Record<string, unknown>>(db, sql`select * from audit_log order by id`);
    let prev = GENESIS;
    for (const row of rows) {
      const hash = entryHash(prev, row);
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`.execute(db);
      prev = hash;
    }
    await NO_UPDATE.execute(db);
    // REPLACE deletes the row it replaces without firing a delete trigger (unless
    // recursive_triggers is on): refuse any insert whose id is taken, before it happens.
    await sql`create trigger audit_log_no_replace before insert on audit_log
      when exists (select 1 from audit_log where id = new.id)
      begin select raise(abort, 'audit_log is append-only: an entry cannot be replaced'); end`.execute(db);
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await inSavepoint(db, async () => {
    await sql`drop trigger if exists audit_log_no_replace`.execute(db);
    await sql`alter table audit_log drop column hash`.execute(db);
    await sql`alter table audit_log drop column prev_hash`.execute(db);
    for (const [table, columns] of Object.entries(REFERENCES)) await rebuild(db, table, columns);
  });
}
