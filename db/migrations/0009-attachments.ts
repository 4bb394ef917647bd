import { type Kysely, sql } from 'kysely';

// Frozen: schema version 9, attachments streamed (issue 8). Never edit it after release and
// never import app code here; add a new migration instead.
//
// 1. attachment_chunks: a file's bytes in order, at most 1 MiB a chunk, so no read or write
//    ever holds a whole file; (attachment_id, seq) is the key, attachment_id RESTRICT.
// 2. attachments: original_name (the name as given, before it was made safe for display),
//    declared_mime (what the uploader said; mime_type is what the bytes were checked to be).
//    The BLOB column `data` moves into chunks and is dropped.
// 3. meeting_attachments, agenda_item_attachments: links, both sides RESTRICT, so a linked
//    attachment cannot be deleted and a meeting or item with files cannot silently lose them.

const CHUNK = 1024 * 1024;
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachment_chunks')
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('restrict'))
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 0`))
    .addColumn('data', 'blob', (c) => c.notNull().check(sql`length(data) between 1 and ${sql.lit(CHUNK)}`))
    .addPrimaryKeyConstraint('attachment_chunks_pk', ['attachment_id', 'seq'])
    .execute();

  await db.schema.alterTable('attachments').addColumn('original_name', 'text').execute();
  await db.schema.alterTable('attachments').addColumn('declared_mime', 'text').execute();

  // Existing BLOBs into chunks, one attachment at a time (substr on a BLOB slices bytes).
  const ids = (await db.selectFrom('attachments').select(['id', 'size']).orderBy('id').execute()) as Array<{ id: number; size: number }>;
  for (const { id } of ids) {
    await sql`
      with recursive parts(seq) as (
        select 0 union all select seq + 1 from parts
        where (seq + 1) * ${sql.lit(CHUNK)} < (select length(data) from attachments where id = ${id})
      )
      insert into attachment_chunks (attachment_id, seq, data)
      select ${id}, seq, substr(a.data, seq * ${sql.lit(CHUNK)} + 1, ${sql.lit(CHUNK)})
      from parts, attachments a where a.id = ${id} and length(a.data) > 0`.execute(db);
    await sql`update attachments set original_name = file_name where id = ${id}`.execute(db);
  }
  await db.schema.alterTable('attachments').dropColumn('data').execute();

  await db.schema
    .createTable('meeting_attachments')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('restrict'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('meeting_attachments_pk', ['meeting_id', 'attachment_id'])
    .execute();
  await db.schema.createIndex('meeting_attachments_attachment').on('meeting_attachments').column('attachment_id').execute();

  await db.schema
    .createTable('agenda_item_attachments')
    .addColumn('agenda_item_id', 'integer', (c) => c.notNull().references('agenda_items.id').onDelete('restrict'))
    .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('agenda_item_attachments_pk', ['agenda_item_id', 'attachment_id'])
    .execute();
  await db.schema.createIndex('agenda_item_attachments_attachment').on('agenda_item_attachments').column('attachment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agenda_item_attachments').execute();
  await db.schema.dropTable('meeting_attachments').execute();
  await db.schema.alterTable('attachments').addColumn('data', 'blob', (c) => c.notNull().defaultTo(sql`x''`)).execute();
  // Chunks concatenated in order, one attachment at a time (a BLOB || BLOB would become text).
  const ids = (await db.selectFrom('attachments').select('id').orderBy('id').execute()) as Array<{ id: number }>;
  for (const { id } of ids) {
    const chunks = (await db.selectFrom('attachment_chunks').select('data').where('attachment_id', '=', id).orderBy('seq').execute()) as Array<{ data: Uint8Array }>;
    await db.updateTable('attachments').set({ data: Buffer.concat(chunks.map((c) => c.data)) }).where('id', '=', id).execute();
  }
  await db.schema.dropTable('attachment_chunks').execute();
  await db.schema.alterTable('attachments').dropColumn('declared_mime').execute();
  await db.schema.alterTable('attachments').dropColumn('original_name').execute();
}
