import { type Kysely, sql } from 'kysely';

// Frozen: schema version 10, a person's earlier names (issue 7, roster fixes). Never edit it
// after release and never import app code here.
//
// person_names keeps each full name a person bore before a change: `full_name` was the
// person's name on every day before `until_date` (exclusive, YYYY-MM-DD) back to the
// previous row's until_date. The current name stays in people.full_name. A roster of a
// past day shows the name of that day: the row with the smallest until_date after the day,
// else the current name. person_id references people RESTRICT, indexed with until_date.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_names')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('restrict'))
    .addColumn('full_name', 'text', (c) => c.notNull().check(sql`length(trim(full_name)) > 0`))
    .addColumn('until_date', 'text', (c) => c.notNull().check(sql`until_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_names_person').on('person_names').columns(['person_id', 'until_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_names').execute();
}
