import { type Kysely, sql } from 'kysely';

// Frozen: schema version 13, conclusion notices (issue 9). Never edit it after release and
// never import app code here; add a new migration instead.
//
// 1. conclusions: rebuilt. The number comes from the committee's series (document_numbers,
//    0007), the one source of truth: `document_number_id` (UNIQUE, RESTRICT) replaces 0001's
//    `number` column and its unique index per calendar year, which could not hold a Party
//    committee's per-term series. `issued_on` becomes the notice's date, never null (a draft's
//    intended date). Statuses draft → issued → cancelled (a cancelled notice keeps its number,
//    with its reason). The signer signs in a form: tm (TM. / T/M), kt (KT. / K/T) or none.
//    A numbered notice of 0001 keeps its number: a TB number of its series is made for it.
// 2. conclusion_items: the sub-points of each directive (a JSON array of lines).
// Every reference RESTRICT and indexed. The migrator runs this with foreign keys off and
// checks them afterwards.

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

async function run(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

/** SQLite's 12-step rebuild: `create` makes `conclusions__new`; rows copied by `copy`; indexes and counter kept. */
async function rebuild(db: Kysely<any>, create: string, copy: string, indexes: string[]): Promise<void> {
  const [seq] = (await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'conclusions'`.execute(db)).rows;
  await run(db, [create, copy, `drop table conclusions`, `alter table conclusions__new rename to conclusions`, ...indexes]);
  if (seq) await sql`update sqlite_sequence set seq = max(seq, ${seq.seq}) where name = 'conclusions'`.execute(db);
}

const CONCLUSIONS_0013 = `create table conclusions__new (
  "id" integer primary key autoincrement,
  "committee_id" integer not null references "committees" ("id") on delete restrict,
  "meeting_id" integer references "meetings" ("id") on delete restrict,
  "document_number_id" integer unique references "document_numbers" ("id") on delete restrict,
  "issued_on" text not null,
  "title" text not null,
  "signer_person_id" integer references "people" ("id") on delete restrict,
  "signing_form" text default 'tm' not null check (signing_form in ('tm', 'kt', 'none')),
  "signer_title" text,
  "preamble" text,
  "recipients_json" text default '[]' not null,
  "status" text default 'draft' not null check (status in ('draft', 'issued', 'cancelled')),
  "cancel_reason" text,
  "created_at" text default ${now} not null,
  "updated_at" text default ${now} not null,
  constraint "conclusions_numbered" check ((status = 'draft') = (document_number_id is null)),
  constraint "conclusions_cancel_reason" check ((status = 'cancelled') = (cancel_reason is not null))
)`;

const CONCLUSIONS_0012 = `create table conclusions__new ("id" integer primary key autoincrement, "committee_id" integer not null references "committees" ("id") on delete restrict, "meeting_id" integer references "meetings" ("id") on delete restrict, "number" integer, "issued_on" text, "title" text not null, "signer_person_id" integer references "people" ("id") on delete restrict, "signer_title" text, "preamble" text, "recipients_json" text default '[]' not null, "status" text default 'draft' not null check (status in ('draft', 'issued')), "created_at" text default ${now} not null, "updated_at" text default ${now} not null)`;

const INDEXES_0013 = [
  `create index "conclusions_committee" on "conclusions" ("committee_id", "issued_on", "id")`,
  `create index "conclusions_dated" on "conclusions" ("issued_on", "id")`,
  `create index "conclusions_status" on "conclusions" ("status", "issued_on", "id")`,
  `create index "conclusions_meeting" on "conclusions" ("meeting_id")`,
  `create index "conclusions_signer" on "conclusions" ("signer_person_id")`,
];

const INDEXES_0012 = [
  `create unique index conclusions_number on conclusions
    (committee_id, substr(issued_on, 1, 4), number) where number is not null`,
  `create index "conclusions_committee" on "conclusions" ("committee_id")`,
  `create index "conclusions_meeting" on "conclusions" ("meeting_id")`,
  `create index "conclusions_signer" on "conclusions" ("signer_person_id")`,
];

/** The series period of a 0001 notice: its year (state), its committee's term (Party, when set). */
const PERIOD = `case when c.document_format = 'party' and c.term_started_on is not null and k.issued_on >= c.term_started_on
  then 'term:' || c.term_started_on else substr(k.issued_on, 1, 4) end`;

export async function up(db: Kysely<any>): Promise<void> {
  // A number a 0001 notice holds enters the TB series (unless the series has it already).
  await run(db, [
    `insert into document_numbers (committee_id, type, period, number, status, issued_on, note)
      select k.committee_id, 'TB', ${PERIOD}, k.number, 'issued', k.issued_on, null
      from conclusions k join committees c on c.id = k.committee_id
      where k.number is not null and k.issued_on is not null and k.status = 'issued'
      on conflict (committee_id, type, period, number) do nothing`,
  ]);
  await rebuild(
    db,
    CONCLUSIONS_0013,
    `insert into conclusions__new (id, committee_id, meeting_id, document_number_id, issued_on, title, signer_person_id,
        signing_form, signer_title, preamble, recipients_json, status, created_at, updated_at)
      select k.id, k.committee_id, k.meeting_id, n.id, coalesce(k.issued_on, substr(k.created_at, 1, 10)), k.title,
        k.signer_person_id, 'tm', k.signer_title, k.preamble, k.recipients_json,
        case when n.id is null then 'draft' else 'issued' end, k.created_at, k.updated_at
      from conclusions k join committees c on c.id = k.committee_id
      left join document_numbers n on k.status = 'issued' and k.number is not null and k.issued_on is not null
        and n.committee_id = k.committee_id and n.type = 'TB' and n.period = ${PERIOD} and n.number = k.number`,
    INDEXES_0013,
  );
  await run(db, [`alter table conclusion_items add column "sub_points_json" text default '[]' not null`]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(db, [`alter table conclusion_items drop column "sub_points_json"`]);
  // 0012 knew no cancelled notice: it goes back to issued, with its number. The series keeps
  // its rows (a document number is never deleted).
  await rebuild(
    db,
    CONCLUSIONS_0012,
    `insert into conclusions__new (id, committee_id, meeting_id, number, issued_on, title, signer_person_id, signer_title,
        preamble, recipients_json, status, created_at, updated_at)
      select k.id, k.committee_id, k.meeting_id, n.number, case when k.status = 'draft' then null else k.issued_on end, k.title,
        k.signer_person_id, k.signer_title, k.preamble, k.recipients_json,
        case k.status when 'draft' then 'draft' else 'issued' end, k.created_at, k.updated_at
      from conclusions k left join document_numbers n on n.id = k.document_number_id`,
    INDEXES_0012,
  );
}
