import { type Kysely, sql } from 'kysely';

// Frozen: what an issued invitation (giấy mời) prints (issue 8 review, helper FB). Never edit
// it after release and never import app code here.
//
// meetings.invitation_json: everything the printed invitation shows (the committee's header,
// the meeting with its chair as named then, the agenda, those invited, the number and date),
// frozen in the transaction that issues the invitation's number. Print and Word read it once
// issued, never today's tables. Invitations issued before this migration have none (null) and
// print as before. Once written it never changes (trigger), like a signed text.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings add column invitation_json text check (invitation_json is null or json_valid(invitation_json))`.execute(db);
  await sql`create trigger meetings_invitation_frozen before update of invitation_json on meetings
    when old.invitation_json is not null and (new.invitation_json is null or new.invitation_json <> old.invitation_json)
    begin select raise(abort, 'INVITATION_FROZEN: an issued invitation never changes'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists meetings_invitation_frozen`.execute(db);
  await sql`alter table meetings drop column invitation_json`.execute(db);
}
