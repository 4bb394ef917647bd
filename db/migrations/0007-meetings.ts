import { type Kysely, sql } from 'kysely';

// Frozen: schema version 7, meetings (issue 8) and the document number series (issues 8, 9).
// Never edit it after release and never import app code here; add a new migration instead.
//
// 1. document_numbers: one series per committee, document type and period (a calendar year,
//    or a committee's term); (committee, type, period, number) unique; a number is never
//    deleted nor renumbered (triggers), so it is never given twice.
// 2. committees.term_started_on: the current term's first day (the Party format numbers per term).
// 3. meetings: rebuilt with the statuses draft, invited, held, minutes_finalized, cancelled
//    (held → held, minutes_approved → minutes_finalized), the cancel reason, and the
//    invitation's number (document_numbers) and date.
// 4. agenda_items: rebuilt with a free presenter name and the planned minutes.
// 5. meeting_guests: the invited guests (name, position, organisation), in order; the guests
//    0001 kept in attendance move here, keeping their ids.
// 6. attendance: rebuilt: a member (person) or a guest (meeting_guests), present / absent with
//    a reason / represented by someone (name, position); one row per guest (UNIQUE) and per
//    member (kept by the core, so that a merge of two people can fold their rows).
// Every reference RESTRICT and indexed. The migrator runs this with foreign keys off and
// checks them afterwards.

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

async function run(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

/** SQLite's 12-step rebuild: `create` makes `<table>__new`; rows copied by `copy`; indexes and counter kept. */
async function rebuild(db: Kysely<any>, table: string, create: string, copy: string, indexes: string[]): Promise<void> {
  const [seq] = (await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(db)).rows;
  await run(db, [create, copy, `drop table ${table}`, `alter table ${table}__new rename to ${table}`, ...indexes]);
  if (seq) await sql`update sqlite_sequence set seq = max(seq, ${seq.seq}) where name = ${table}`.execute(db);
}

const MEETINGS_0007 = `create table meetings__new (
  "id" integer primary key autoincrement,
  "committee_id" integer not null references "committees" ("id") on delete restrict,
  "kind" text not null check (kind in ('tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de')),
  "title" text not null,
  "starts_at" text not null,
  "ends_at" text,
  "place" text,
  "chair_person_id" integer references "people" ("id") on delete restrict,
  "secretary_person_id" integer references "people" ("id") on delete restrict,
  "status" text default 'draft' not null check (status in ('draft', 'invited', 'held', 'minutes_finalized', 'cancelled')),
  "cancel_reason" text,
  "notes" text,
  "invitation_number_id" integer unique references "document_numbers" ("id") on delete restrict,
  "invited_on" text,
  "created_at" text default ${now} not null,
  "updated_at" text default ${now} not null,
  constraint "meetings_cancel_reason" check ((status = 'cancelled') = (cancel_reason is not null)),
  constraint "meetings_invitation" check ((invitation_number_id is null) = (invited_on is null))
)`;

const MEETINGS_0006 = `create table meetings__new ("id" integer primary key autoincrement, "committee_id" integer not null references "committees" ("id") on delete restrict, "kind" text not null check (kind in ('tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de')), "title" text not null, "starts_at" text not null, "ends_at" text, "place" text, "chair_person_id" integer references "people" ("id") on delete restrict, "secretary_person_id" integer references "people" ("id") on delete restrict, "status" text default 'draft' not null check (status in ('draft', 'held', 'minutes_approved')), "notes" text, "created_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) not null, "updated_at" text default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) not null)`;

const MEETING_INDEXES = [
  `create index "meetings_committee" on "meetings" ("committee_id", "starts_at")`,
  `create index "meetings_chair" on "meetings" ("chair_person_id")`,
  `create index "meetings_secretary" on "meetings" ("secretary_person_id")`,
  `create index "meetings_starts" on "meetings" ("starts_at", "id")`,
  `create index "meetings_kind" on "meetings" ("kind", "starts_at", "id")`,
  `create index "meetings_status" on "meetings" ("status", "starts_at", "id")`,
];

const AGENDA_0007 = `create table agenda_items__new (
  "id" integer primary key autoincrement,
  "meeting_id" integer not null references "meetings" ("id") on delete restrict,
  "position" integer not null,
  "title" text not null,
  "presenter_person_id" integer references "people" ("id") on delete restrict,
  "presenter_name" text,
  "planned_minutes" integer check (planned_minutes is null or planned_minutes between 1 and 1440),
  "notes" text,
  constraint "agenda_items_position" unique ("meeting_id", "position"),
  constraint "agenda_items_presenter_one" check (presenter_person_id is null or presenter_name is null)
)`;

const AGENDA_0006 = `create table agenda_items__new ("id" integer primary key autoincrement, "meeting_id" integer not null references "meetings" ("id") on delete restrict, "position" integer not null, "title" text not null, "presenter_person_id" integer references "people" ("id") on delete restrict, "notes" text, constraint "agenda_items_position" unique ("meeting_id", "position"))`;

const AGENDA_INDEXES = [`create index "agenda_items_presenter" on "agenda_items" ("presenter_person_id")`];

const ATTENDANCE_0007 = `create table attendance__new (
  "id" integer primary key autoincrement,
  "meeting_id" integer not null references "meetings" ("id") on delete restrict,
  "person_id" integer references "people" ("id") on delete restrict,
  "guest_id" integer references "meeting_guests" ("id") on delete restrict,
  "status" text not null check (status in ('present', 'absent', 'represented')),
  "reason" text,
  "representative_name" text,
  "representative_position" text,
  "updated_at" text default ${now} not null,
  constraint "attendance_who" check ((person_id is null) <> (guest_id is null)),
  constraint "attendance_representative" check (status = 'represented' or (representative_name is null and representative_position is null)),
  constraint "attendance_guest_once" unique ("meeting_id", "guest_id")
)`;

const ATTENDANCE_0006 = `create table attendance__new ("id" integer primary key autoincrement, "meeting_id" integer not null references "meetings" ("id") on delete restrict, "person_id" integer references "people" ("id") on delete restrict, "guest_name" text, "guest_title" text, "status" text not null check (status in ('present', 'absent', 'delegated')), "reason" text, "delegate_name" text, constraint "attendance_who" check ((person_id is null) <> (guest_name is null)))`;

export async function up(db: Kysely<any>): Promise<void> {
  await run(db, [
    `create table document_numbers (
      "id" integer primary key autoincrement,
      "committee_id" integer not null references "committees" ("id") on delete restrict,
      "type" text not null check (type in ('GM', 'TB', 'BC', 'KH', 'CV')),
      "period" text not null,
      "number" integer not null check (number >= 1),
      "status" text default 'issued' not null check (status in ('reserved', 'issued', 'cancelled')),
      "issued_on" text not null,
      "note" text,
      "created_at" text default ${now} not null,
      "updated_at" text default ${now} not null,
      constraint "document_numbers_once" unique ("committee_id", "type", "period", "number")
    )`,
    `create index "document_numbers_recent" on "document_numbers" ("committee_id", "issued_on", "id")`,
    `create trigger document_numbers_no_delete before delete on document_numbers
      begin select raise(abort, 'a document number is never deleted'); end`,
    `create trigger document_numbers_no_renumber before update of committee_id, type, period, number on document_numbers
      begin select raise(abort, 'a document number is never changed'); end`,
    `alter table committees add column term_started_on text`,
  ]);

  await rebuild(
    db,
    'meetings',
    MEETINGS_0007,
    `insert into meetings__new (id, committee_id, kind, title, starts_at, ends_at, place, chair_person_id, secretary_person_id, status, notes, created_at, updated_at)
      select id, committee_id, kind, title, starts_at, ends_at, place, chair_person_id, secretary_person_id,
        case status when 'minutes_approved' then 'minutes_finalized' else status end, notes, created_at, updated_at from meetings`,
    MEETING_INDEXES,
  );

  await rebuild(
    db,
    'agenda_items',
    AGENDA_0007,
    `insert into agenda_items__new (id, meeting_id, position, title, presenter_person_id, notes)
      select id, meeting_id, position, title, presenter_person_id, notes from agenda_items`,
    AGENDA_INDEXES,
  );

  await run(db, [
    `create table meeting_guests (
      "id" integer primary key autoincrement,
      "meeting_id" integer not null references "meetings" ("id") on delete restrict,
      "sort_order" integer not null,
      "full_name" text not null,
      "position" text,
      "organisation" text,
      "created_at" text default ${now} not null,
      constraint "meeting_guests_order" unique ("meeting_id", "sort_order")
    )`,
    // The guests 0001 kept in attendance, with their attendance row's id.
    `insert into meeting_guests (id, meeting_id, sort_order, full_name, position)
      select id, meeting_id, row_number() over (partition by meeting_id order by id), guest_name, guest_title
      from attendance where guest_name is not null`,
  ]);

  await rebuild(
    db,
    'attendance',
    ATTENDANCE_0007,
    `insert into attendance__new (id, meeting_id, person_id, guest_id, status, reason, representative_name)
      select id, meeting_id, person_id, case when guest_name is null then null else id end,
        case status when 'delegated' then 'represented' else status end, reason,
        case status when 'delegated' then delegate_name end
      from attendance`,
    // A member's row is one per meeting by the core (attendance.ts), not by a UNIQUE index:
    // merging two people (people-merge.ts) moves rows first and folds the doubles after.
    [
      `create index "attendance_member" on "attendance" ("meeting_id", "person_id")`,
      `create index "attendance_person" on "attendance" ("person_id")`,
      `create index "attendance_guest" on "attendance" ("guest_id")`,
    ],
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(
    db,
    'attendance',
    ATTENDANCE_0006,
    `insert into attendance__new (id, meeting_id, person_id, guest_name, guest_title, status, reason, delegate_name)
      select a.id, a.meeting_id, a.person_id, g.full_name, g.position,
        case a.status when 'represented' then 'delegated' else a.status end, a.reason, a.representative_name
      from attendance a left join meeting_guests g on g.id = a.guest_id`,
    [`create index "attendance_meeting" on "attendance" ("meeting_id")`, `create index "attendance_person" on "attendance" ("person_id")`],
  );
  await run(db, [`drop table meeting_guests`]);
  await rebuild(
    db,
    'agenda_items',
    AGENDA_0006,
    `insert into agenda_items__new (id, meeting_id, position, title, presenter_person_id, notes)
      select id, meeting_id, position, title, presenter_person_id, notes from agenda_items`,
    AGENDA_INDEXES,
  );
  // 0006 knew no invited or cancelled meeting: both go back to draft.
  await rebuild(
    db,
    'meetings',
    MEETINGS_0006,
    `insert into meetings__new (id, committee_id, kind, title, starts_at, ends_at, place, chair_person_id, secretary_person_id, status, notes, created_at, updated_at)
      select id, committee_id, kind, title, starts_at, ends_at, place, chair_person_id, secretary_person_id,
        case status when 'minutes_finalized' then 'minutes_approved' when 'held' then 'held' else 'draft' end, notes, created_at, updated_at from meetings`,
    MEETING_INDEXES,
  );
  await run(db, [`alter table committees drop column term_started_on`, `drop table document_numbers`]);
}
