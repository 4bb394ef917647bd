import { type Kysely, sql } from 'kysely';

// Frozen: this file describes the change to schema version 3. Never edit it after release
// and never import app code here; add a new migration instead.
//
// The position a member held when appointed belongs to the membership, as written in the
// decision: a past roster shows the past title. Existing rows take the person's position
// (the best that is known about them).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('memberships').addColumn('position', 'text').execute();
  await sql`update memberships set position = (select p.position from people p where p.id = memberships.person_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('memberships').dropColumn('position').execute();
}
