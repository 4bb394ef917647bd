import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

// Frozen: schema version 15, signed minutes that cannot be silently forged (issue 8 cold
// review, helper FA). Never edit it after release and never import app code here.
//
// - REPLACE deletes the row it replaces without firing a delete trigger (unless
//   recursive_triggers is on), so 0008's locks did not stop `insert or replace` from
//   rewriting a version or reopening finalized minutes. Two BEFORE INSERT triggers refuse an
//   insert that collides with an existing version (by id, or by minutes and number) or with
//   finalized minutes (by id or by meeting), before SQLite resolves the conflict.
// - Versions already in the archive are sealed: one audit entry each, carrying the SHA-256
//   of the version's stored content (a frozen copy of db/minutes-seal.ts), chained like any
//   entry (a frozen copy of db/audit-chain.ts's entryHash). New versions are sealed by the
//   finalize and amend entries themselves.

const GENESIS = '0'.repeat(64);
const ACTOR = 'minutebook (0015)';

function entryHash(prev: string, e: Record<string, unknown>): string {
  const content = JSON.stringify([prev, e.at, e.actor, e.action, e.entity, e.entity_id ?? null, e.detail_json ?? null]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

function versionHash(v: Record<string, unknown>): string {
  const content = JSON.stringify([v.minutes_id, v.version, v.fields_json, v.body_json, v.document_json ?? null]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

const TRIGGERS = [
  sql`create trigger minutes_versions_no_replace before insert on minutes_versions
    when exists (select 1 from minutes_versions where id = new.id or (minutes_id = new.minutes_id and version = new.version))
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be replaced'); end`,
  sql`create trigger minutes_finalized_no_replace before insert on minutes
    when exists (select 1 from minutes where (id = new.id or meeting_id = new.meeting_id) and status = 'finalized')
    begin select raise(abort, 'MINUTES_FINALIZED: finalized minutes cannot be replaced'); end`,
];
const TRIGGER_NAMES = ['minutes_versions_no_replace', 'minutes_finalized_no_replace'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const trigger of TRIGGERS) await trigger.execute(db);
  const { rows: versions } = await sql<Record<string, unknown>>`
    select v.id, v.minutes_id, v.version, v.fields_json, v.body_json, v.document_json, m.meeting_id
    from minutes_versions v join minutes m on m.id = v.minutes_id order by v.id`.execute(db);
  if (versions.length === 0) return;
  const { rows: last } = await sql<{ hash: string | null }>`select hash from audit_log order by id desc limit 1`.execute(db);
  let prev = last[0]?.hash ?? GENESIS;
  const at = new Date().toISOString();
  for (const v of versions) {
    const detail = { meetingId: v.meeting_id, sealed: true, version: v.version, versionId: v.id, contentHash: versionHash(v) };
    const entry = { at, actor: ACTOR, action: 'update', entity: 'minutes', entity_id: v.minutes_id, detail_json: JSON.stringify(detail) };
    const hash = entryHash(prev, entry);
    await sql`insert into audit_log (at, actor, action, entity, entity_id, detail_json, prev_hash, hash)
      values (${entry.at}, ${entry.actor}, ${entry.action}, ${entry.entity}, ${entry.entity_id}, ${entry.detail_json}, ${prev}, ${hash})`.execute(db);
    prev = hash;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // The seal entries stay: the audit log is append-only.
  for (const name of TRIGGER_NAMES) await sql.raw(`drop trigger ${name}`).execute(db);
}
