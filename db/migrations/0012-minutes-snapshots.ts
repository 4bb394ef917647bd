import { type Kysely, sql } from 'kysely';

// Frozen: schema version 12, what a signed minutes showed (issue 8, review fixes P1). Never
// edit it after release and never import app code here.
//
// minutes_versions.document_json: everything the printed minutes show besides the body (the
// committee's header, the meeting with its chair and secretary as named then, the attendance
// and its count, the structured fields), frozen when the version is made (finalize, amend).
// A signed document never changes after signing: printing a version reads this, not the
// tables of today. Versions made before this migration have none (null) and print as before.
// The column is set on insert only: 0008's triggers already refuse any update of a version.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table minutes_versions add column document_json text check (document_json is null or json_valid(document_json))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table minutes_versions drop column document_json`.execute(db);
}
