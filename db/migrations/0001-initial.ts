import { type Kysely, sql } from 'kysely';

// Frozen: this file describes the archive as of schema version 1. Never edit it after
// release and never import app code here; add a new migration instead.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('committees')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('tinh', 'huyen', 'xa', 'co_quan')`))
    .addColumn('parent_body', 'text')
    .addColumn('parent_committee_id', 'integer', (c) => c.references('committees.id').onDelete('set null'))
    .addColumn('place_name', 'text')
    .addColumn('document_format', 'text', (c) =>
      c.notNull().defaultTo('state').check(sql`document_format in ('state', 'party')`),
    )
    .addColumn('conclusion_symbol', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('organisation', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('thanh_lap', 'kien_toan', 'bo_sung', 'khac')`),
    )
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('signer', 'text')
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('restrict'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(sql`role in ('truong_ban', 'pho_truong_ban_thuong_truc', 'pho_truong_ban', 'uy_vien', 'thu_ky')`),
    )
    .addColumn('duty', 'text')
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.check(sql`to_date is null or to_date > from_date`))
    .addColumn('decision_id', 'integer', (c) => c.references('decisions.id').onDelete('set null'))
    .addColumn('end_decision_id', 'integer', (c) => c.references('decisions.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('memberships_committee').on('memberships').columns(['committee_id', 'from_date']).execute();
  await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('place', 'text')
    .addColumn('chair_person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('secretary_person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'held', 'minutes_approved')`),
    )
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('meetings_committee').on('meetings').columns(['committee_id', 'starts_at']).execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('presenter_person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addUniqueConstraint('agenda_items_position', ['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('attendance')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    .addColumn('guest_name', 'text')
    .addColumn('guest_title', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('present', 'absent', 'delegated')`),
    )
    .addColumn('reason', 'text')
    .addColumn('delegate_name', 'text')
    .addCheckConstraint('attendance_who', sql`(person_id is null) <> (guest_name is null)`)
    .execute();
  await db.schema.createIndex('attendance_meeting').on('attendance').column('meeting_id').execute();

  await db.schema
    .createTable('minutes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().unique().references('meetings.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'finalized')`),
    )
    .addColumn('fields_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('body_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('finalized_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('minutes_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('minutes_id', 'integer', (c) => c.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('original', 'amendment')`))
    .addColumn('fields_json', 'text', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('minutes_versions_version', ['minutes_id', 'version'])
    .execute();

  await db.schema
    .createTable('conclusions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('number', 'integer')
    .addColumn('issued_on', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('signer_person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('signer_title', 'text')
    .addColumn('preamble', 'text')
    .addColumn('recipients_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'issued')`))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  // One number per committee and year of issue.
  await sql`create unique index conclusions_number on conclusions
    (committee_id, substr(issued_on, 1, 4), number) where number is not null`.execute(db);

  await db.schema
    .createTable('conclusion_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conclusion_id', 'integer', (c) => c.notNull().references('conclusions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('conclusion_items_position', ['conclusion_id', 'position'])
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('conclusion_item_id', 'integer', (c) => c.references('conclusion_items.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('deadline', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('on_hold', 'integer', (c) => c.notNull().defaultTo(0).check(sql`on_hold in (0, 1)`))
    .addColumn('hold_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('actions_deadline').on('actions').columns(['completed_on', 'deadline']).execute();
  await db.schema.createIndex('actions_item').on('actions').column('conclusion_item_id').execute();

  await db.schema
    .createTable('action_owners')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('restrict'))
    .addColumn('unit_name', 'text')
    .addColumn('is_lead', 'integer', (c) => c.notNull().defaultTo(0).check(sql`is_lead in (0, 1)`))
    .addCheckConstraint('action_owners_who', sql`(person_id is null) <> (unit_name is null)`)
    .execute();
  await db.schema.createIndex('action_owners_action').on('action_owners').column('action_id').execute();
  await db.schema.createIndex('action_owners_person').on('action_owners').column('person_id').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('progress_updates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'integer', (c) => c.references('attachments.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('progress_updates_action').on('progress_updates').column('action_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('detail_json', 'text')
    .execute();
  // Append-only: the archive itself refuses to rewrite history.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists audit_log_no_update`.execute(db);
  await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  for (const table of [
    'settings',
    'audit_log',
    'progress_updates',
    'attachments',
    'action_owners',
    'actions',
    'conclusion_items',
    'conclusions',
    'minutes_versions',
    'minutes',
    'attendance',
    'agenda_items',
    'meetings',
    'memberships',
    'decisions',
    'people',
    'committees',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
