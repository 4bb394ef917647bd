import { type Kysely, sql } from 'kysely';

// Frozen: what an issued invitation (giấy mời) prints (issue 8 review, helper FB). Never edit
// it after release and never import app code here.
//
// meetings.invitation_json: everything the printed invitation shows (the committee's header,
// the meeting with its chair as named then, the agenda, those invited, the number and date),
// frozen in the transaction that issues the invitation's number. Print and Word read it once
// issued, never today's tables. Invitations issued before this migration have none (null) and
// print as before. Once written it never changes (trigger), like a signed text.
//
// decision_previous_scans: each scan a decision had before it was replaced. "Replacing it keeps
// the old one": the old scan stays referenced, so it is never an orphan nor deleted as one.
// Both references RESTRICT, each with an index (the key leads with decision_id).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings add column invitation_json text check (invitation_json is null or json_valid(invitation_json))`.execute(db);
  await sql`create trigger meetings_invitation_frozen before update of invitation_json on meetings
    when old.invitation_json is not null and (new.invitation_json is null or new.invitation_json <> old.invitation_json)
    begin select raise(abort, 'INVITATION_FROZEN: an issued invitation never changes'); end`.execute(db);
  await db.schema
    .createTable('decision_previous_scans')
    .addColumn('decision_id', 'integer', (c) => c.notNull().references('decisions.id').onDelete('restrict'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('restrict'))
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_previous_scans_pk', ['decision_id', 'attachment_id'])
    .execute();
  await db.schema.createIndex('decision_previous_scans_attachment').on('decision_previous_scans').column('attachment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('decision_previous_scans').execute();
  await sql`drop trigger if exists meetings_invitation_frozen`.execute(db);
  await sql`alter table meetings drop column invitation_json`.execute(db);
}
