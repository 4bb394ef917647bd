import { type Kysely, sql } from 'kysely';

// Frozen: schema version 5, the counts behind dashboard.counts (issue 6). Never edit it
// after release and never import app code here.
//
// Most actions of an old archive are done, and "done on time" / "done late" were counted by
// reading every one of them (150,000 on a 20-year archive: 100-500 ms on a busy machine).
// action_done_counts keeps the number of done actions, on time (late = 0) and late
// (late = 1), over every action with a completion date whatever the day; triggers keep it
// current on every insert, delete and change of completed_on or deadline, in the same
// transaction as the write. The dashboard reads these two numbers and reads the few actions
// still open (or completed after the day asked for) from actions_status.
// The actions never completed are counted status by status, each a range of actions_open.
// "Late" is the rule of db/action-status.ts: a deadline, and completed after it.

const LATE = (row: 'new' | 'old') => `(${row}.deadline is not null and ${row}.completed_on > ${row}.deadline)`;

const TRIGGERS = [
  sql.raw(`create trigger actions_done_count_insert after insert on actions when new.completed_on is not null
    begin update action_done_counts set n = n + 1 where late = ${LATE('new')}; end`),
  sql.raw(`create trigger actions_done_count_delete after delete on actions when old.completed_on is not null
    begin update action_done_counts set n = n - 1 where late = ${LATE('old')}; end`),
  sql.raw(`create trigger actions_done_count_update after update of completed_on, deadline on actions
    begin
      update action_done_counts set n = n - 1 where old.completed_on is not null and late = ${LATE('old')};
      update action_done_counts set n = n + 1 where new.completed_on is not null and late = ${LATE('new')};
    end`),
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table action_done_counts (
    late integer primary key check (late in (0, 1)),
    n integer not null check (n >= 0)
  )`.execute(db);
  await sql`insert into action_done_counts (late, n)
    select 0, count(*) from actions where completed_on is not null and not (deadline is not null and completed_on > deadline)
    union all
    select 1, count(*) from actions where completed_on is not null and deadline is not null and completed_on > deadline`.execute(db);
  for (const trigger of TRIGGERS) await trigger.execute(db);
  await db.schema.createIndex('actions_open').on('actions').columns(['completed_on', 'on_hold', 'deadline']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('actions_open').execute();
  for (const name of ['actions_done_count_update', 'actions_done_count_delete', 'actions_done_count_insert']) {
    await sql.raw(`drop trigger ${name}`).execute(db);
  }
  await sql`drop table action_done_counts`.execute(db);
}
