import { type Kysely, sql } from 'kysely';

// Frozen: schema version 6, the roster (issue 7). Never edit it after release and never
// import app code here; add a new migration instead.
//
// 1. committees: document settings — issuing body in capitals, symbol, time zone.
// 2. people: active (a person other records name is marked inactive, never deleted).
// 3. committee_roles: each committee's editable, ordered list of roles, seeded with the
//    defaults for every committee (existing ones here, new ones by a trigger, so bulk
//    loaders get them too). A membership keeps its role's code; (committee_id, role)
//    references committee_roles (committee_id, code) RESTRICT, so a role in use cannot go.
//    down refuses (a CHECK failure) while a membership holds a role 0005 did not know.
// 4. memberships: rebuilt without 0001's CHECK on role (the list is per committee now),
//    keeping rows, ids, the AUTOINCREMENT counter and indexes; the migrator runs this with
//    foreign keys off and checks them afterwards.
// 5. decisions: issuing body, signer's title, the scanned file (attachments, RESTRICT).
// 6. Indexes: duplicate people, a person's history, a committee's decisions, a record's
//    audit history.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** The default roles, highest first, as of this version. */
const DEFAULT_ROLES: Array<[code: string, name: string]> = [
  ['truong_ban', 'Trưởng ban'],
  ['pho_truong_ban_thuong_truc', 'Phó Trưởng ban thường trực'],
  ['pho_truong_ban', 'Phó Trưởng ban'],
  ['uy_vien', 'Ủy viên'],
  ['thu_ky', 'Thư ký'],
  ['to_giup_viec', 'Tổ giúp việc'],
];

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const seedValues = (committee: string) =>
  DEFAULT_ROLES.map(([code, name], i) => `(${committee}, ${quote(code)}, ${quote(name)}, ${i})`).join(', ');

const MEMBERSHIP_COLUMNS = [
  'id',
  'person_id',
  'committee_id',
  'role',
  'duty',
  'from_date',
  'to_date',
  'decision_id',
  'end_decision_id',
  'created_at',
  'position',
].join(', ');

/** 0001–0004's indexes on memberships, recreated after the rebuild. */
const MEMBERSHIP_INDEXES: Array<[name: string, columns: string]> = [
  ['memberships_committee', 'committee_id, from_date'],
  ['memberships_person', 'person_id'],
  ['memberships_decision', 'decision_id'],
  ['memberships_end_decision', 'end_decision_id'],
  ['memberships_term', 'from_date, to_date'],
];

/** SQLite's 12-step rebuild of one table with a new definition (`<table>__new`); rows, indexes and counter kept. */
async function rebuild(
  db: Kysely<any>,
  table: string,
  createSql: string,
  columns: string,
  indexes: Array<[name: string, columns: string]>,
): Promise<void> {
  const [seq] = (await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(db)).rows;
  await sql.raw(createSql).execute(db);
  await sql.raw(`insert into ${table}__new (${columns}) select ${columns} from ${table}`).execute(db);
  await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw(`alter table ${table}__new rename to ${table}`).execute(db);
  for (const [name, on] of indexes) await sql.raw(`create index ${name} on ${table} (${on})`).execute(db);
  if (seq) await sql`update sqlite_sequence set seq = max(seq, ${seq.seq}) where name = ${table}`.execute(db);
}

const rebuildMemberships = (db: Kysely<any>, createSql: string) =>
  rebuild(db, 'memberships', createSql, MEMBERSHIP_COLUMNS, MEMBERSHIP_INDEXES);

/** decisions as of 0002–0005 (for down: SQLite cannot drop a column that references another table). */
const DECISIONS_0005 = `create table decisions__new (
  "id" integer primary key autoincrement,
  "committee_id" integer not null references "committees" ("id") on delete restrict,
  "kind" text not null check (kind in ('thanh_lap', 'kien_toan', 'bo_sung', 'khac')),
  "number" text not null,
  "signed_on" text not null,
  "signer" text,
  "summary" text,
  "created_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) not null
)`;

const MEMBERSHIPS_0006 = `create table memberships__new (
  "id" integer primary key autoincrement,
  "person_id" integer not null references "people" ("id") on delete restrict,
  "committee_id" integer not null references "committees" ("id") on delete restrict,
  "role" text not null,
  "duty" text,
  "from_date" text not null,
  "to_date" text check (to_date is null or to_date > from_date),
  "decision_id" integer references "decisions" ("id") on delete restrict,
  "end_decision_id" integer references "decisions" ("id") on delete restrict,
  "created_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) not null,
  "position" text,
  foreign key ("committee_id", "role") references "committee_roles" ("committee_id", "code") on delete restrict
)`;

/** 0003's memberships, with 0001's CHECK on role (for down). */
const MEMBERSHIPS_0005 = `create table memberships__new (
  "id" integer primary key autoincrement,
  "person_id" integer not null references "people" ("id") on delete restrict,
  "committee_id" integer not null references "committees" ("id") on delete restrict,
  "role" text not null check (role in ('truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky')),
  "duty" text,
  "from_date" text not null,
  "to_date" text check (to_date is null or to_date > from_date),
  "decision_id" integer references "decisions" ("id") on delete restrict,
  "end_decision_id" integer references "decisions" ("id") on delete restrict,
  "created_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) not null,
  "position" text
)`;

const NEW_INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  // people.findDuplicates: same folded name (and organisation).
  ['people_duplicates', 'people', ['name_folded', 'organisation_folded']],
  // people.history: one person's memberships, newest first.
  ['memberships_person_history', 'memberships', ['person_id', 'from_date', 'id']],
  // the composite reference to committee_roles, and a committee's memberships by role.
  ['memberships_committee_role', 'memberships', ['committee_id', 'role']],
  // decisions.list and committees.history: a committee's decisions, newest first.
  ['decisions_committee_signed', 'decisions', ['committee_id', 'signed_on', 'id']],
  ['decisions_attachment', 'decisions', ['attachment_id']],
  // audit.history: one record's entries, newest first.
  ['audit_log_entity', 'audit_log', ['entity', 'entity_id', 'id']],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('committees').addColumn('issuing_body', 'text').execute();
  await db.schema.alterTable('committees').addColumn('symbol', 'text').execute();
  await db.schema.alterTable('committees').addColumn('time_zone', 'text').execute();

  await db.schema
    .alterTable('people')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
    .execute();

  await db.schema
    .createTable('committee_roles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('restrict'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('committee_roles_code', ['committee_id', 'code'])
    .execute();
  await sql.raw(`insert into committee_roles (committee_id, code, name, position)
    select c.id, r.code, r.name, r.position from committees c,
    (select column1 as code, column2 as name, column3 as position from (values ${DEFAULT_ROLES.map(
      ([code, name], i) => `(${quote(code)}, ${quote(name)}, ${i})`,
    ).join(', ')})) r order by c.id, r.position`).execute(db);
  await sql.raw(`create trigger committees_default_roles after insert on committees begin
    insert into committee_roles (committee_id, code, name, position) values ${seedValues('new.id')};
  end`).execute(db);

  await rebuildMemberships(db, MEMBERSHIPS_0006);

  await db.schema.alterTable('decisions').addColumn('issuing_body', 'text').execute();
  await db.schema.alterTable('decisions').addColumn('signer_title', 'text').execute();
  await db.schema
    .alterTable('decisions')
    .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id').onDelete('restrict'))
    .execute();

  for (const [name, table, columns] of NEW_INDEXES) await db.schema.createIndex(name).on(table).columns(columns).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of NEW_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  await rebuild(db, 'decisions', DECISIONS_0005, 'id, committee_id, kind, number, signed_on, signer, summary, created_at', [
    ['decisions_committee', 'committee_id'],
  ]);
  await rebuildMemberships(db, MEMBERSHIPS_0005);
  await sql`drop trigger if exists committees_default_roles`.execute(db);
  await db.schema.dropTable('committee_roles').execute();
  await db.schema.alterTable('people').dropColumn('active').execute();
  for (const column of ['time_zone', 'symbol', 'issuing_body']) {
    await db.schema.alterTable('committees').dropColumn(column).execute();
  }
}
