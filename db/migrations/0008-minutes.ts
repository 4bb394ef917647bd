import { type Kysely, sql } from 'kysely';

// Frozen: the minutes' draft, finalize and amendments (issue 8). Never edit it after release
// and never import app code here. Depends on nothing of the meetings but `meetings.id`
// (through 0001's minutes.meeting_id).
//
// - minutes.revision counts the saves of a draft: a save names the revision it started from,
//   and one from a stale window (an older revision) is refused instead of overwriting.
// - minutes_versions gets the day a version was made (the archive's today) and who made it.
// - Finalized minutes are locked in the core itself: a trigger refuses any update or delete
//   of a finalized row, versions are append-only, and a version (the original at finalize,
//   an amendment later) can only be added to finalized minutes. The message starts with
//   MINUTES_FINALIZED, which db/minutes.ts turns into that typed error.

const TRIGGERS = [
  sql`create trigger minutes_finalized_update before update on minutes when old.status = 'finalized'
    begin select raise(abort, 'MINUTES_FINALIZED: finalized minutes cannot be changed; amend them'); end`,
  sql`create trigger minutes_finalized_delete before delete on minutes when old.status = 'finalized'
    begin select raise(abort, 'MINUTES_FINALIZED: finalized minutes cannot be deleted'); end`,
  sql`create trigger minutes_versions_update before update on minutes_versions
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be changed'); end`,
  sql`create trigger minutes_versions_delete before delete on minutes_versions
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be deleted'); end`,
  sql`create trigger minutes_versions_insert before insert on minutes_versions
    when (select status from minutes where id = new.minutes_id) is not 'finalized'
    begin select raise(abort, 'MINUTES_NOT_FINALIZED: versions are made by finalizing and amending'); end`,
];
const TRIGGER_NAMES = ['minutes_finalized_update', 'minutes_finalized_delete', 'minutes_versions_update', 'minutes_versions_delete', 'minutes_versions_insert'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table minutes add column revision integer not null default 0 check (revision >= 0)`.execute(db);
  await sql`alter table minutes_versions add column made_on text`.execute(db);
  await sql`alter table minutes_versions add column actor text`.execute(db);
  // Versions made before this migration: their day is the day they were recorded.
  await sql`update minutes_versions set made_on = substr(created_at, 1, 10)`.execute(db);
  for (const trigger of TRIGGERS) await trigger.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of TRIGGER_NAMES) await sql.raw(`drop trigger ${name}`).execute(db);
  await sql`alter table minutes_versions drop column actor`.execute(db);
  await sql`alter table minutes_versions drop column made_on`.execute(db);
  await sql`alter table minutes drop column revision`.execute(db);
}
