import { type Kysely, sql } from 'kysely';

// Frozen: schema version 11, a committee's earlier names (issue 7, roster fixes F1). Never
// edit it after release and never import app code here.
//
// committee_names keeps what a committee was called before a change: `name`, `issuing_body`
// and `parent_body` were the committee's on every day before `until_date` (exclusive,
// YYYY-MM-DD) back to the previous row's until_date. The current ones stay in committees.
// A roster of a past day shows the committee of that day: the row with the smallest
// until_date after the day, else the current columns. committee_id references committees
// RESTRICT, indexed with until_date.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('committee_names')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('restrict'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('issuing_body', 'text')
    .addColumn('parent_body', 'text')
    .addColumn('until_date', 'text', (c) => c.notNull().check(sql`until_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('committee_names_committee').on('committee_names').columns(['committee_id', 'until_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('committee_names').execute();
}
