import { type Kysely, sql } from 'kysely';

// Frozen: schema version 14, follow-up actions (issue 9, helper C2). Never edit it after
// release and never import app code here.
//
// - actions.assigned_on: the day the task was given. An action does not exist before it, so a
//   status "as of" an earlier day leaves it out. Rows written before this migration (and any
//   bulk loader that does not say) get '0001-01-01', "always"; the rows the app wrote are
//   back-filled with the (UTC) day of their created_at.
// - actions.evidence_text / evidence_attachment_id: what proves a completion (the file
//   RESTRICT: an attachment kept as evidence cannot be deleted).
// - indexes for the lists' filters: a committee's actions, a deadline range, a unit as owner, and the evidence
//   file.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table actions add column assigned_on text not null default '0001-01-01'`.execute(db);
  await sql`update actions set assigned_on = substr(created_at, 1, 10) where created_at is not null`.execute(db);
  await sql`alter table actions add column evidence_text text`.execute(db);
  await sql`alter table actions add column evidence_attachment_id integer references attachments (id) on delete restrict`.execute(db);
  await db.schema.createIndex('actions_evidence_attachment').on('actions').column('evidence_attachment_id').execute();
  // assigned_on last: the counts of the chase read these indexes alone, never the rows.
  await db.schema.createIndex('actions_open_given').on('actions').columns(['completed_on', 'on_hold', 'deadline', 'assigned_on']).execute();
  await db.schema.createIndex('actions_committee_open').on('actions').columns(['committee_id', 'completed_on', 'on_hold', 'deadline', 'assigned_on']).execute();
  await db.schema.createIndex('actions_by_deadline').on('actions').column('deadline').execute();
  // An action's lead owner read from the index alone (the chase groups the open actions by it).
  await db.schema.createIndex('action_owners_lead').on('action_owners').columns(['action_id', 'is_lead', 'person_id', 'unit_name']).execute();
  await db.schema.createIndex('action_owners_unit').on('action_owners').columns(['unit_name', 'is_lead']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['action_owners_lead', 'action_owners_unit', 'actions_by_deadline', 'actions_committee_open', 'actions_open_given', 'actions_evidence_attachment']) {
    await db.schema.dropIndex(name).execute();
  }
  await sql`alter table actions drop column evidence_attachment_id`.execute(db);
  await sql`alter table actions drop column evidence_text`.execute(db);
  await sql`alter table actions drop column assigned_on`.execute(db);
}
