import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.js';

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  detail_json: string | null;
}

/**
 * SHA-256 over an entry's content chained to the previous entry's hash. Migration 0002
 * holds a frozen copy of this function: change neither without a new migration.
 */
export function entryHash(prev: string, e: AuditContent): string {
  const content = JSON.stringify([prev, e.at, e.actor, e.action, e.entity, e.entity_id ?? null, e.detail_json ?? null]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

export type AuditChainState =
  | { status: 'ok'; entries: number; head: string }
  | { status: 'broken'; entries: number; entryId: number | null; reason: string };

/**
 * The triggers that keep the log append-only, as migrations 0001 and 0002 wrote them (white
 * space folded, lower case): a missing one means someone removed it, a different one that
 * someone replaced it with one that lets changes through (`when 0`, an empty body...).
 */
const GUARDS: Record<string, string> = {
  audit_log_no_update: "create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end",
  audit_log_no_delete: "create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end",
  audit_log_no_replace:
    "create trigger audit_log_no_replace before insert on audit_log when exists (select 1 from audit_log where id = new.id) begin select raise(abort, 'audit_log is append-only: an entry cannot be replaced'); end",
};
const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Entries read at a time: the walk holds one batch in memory, whatever the log's size. */
const BATCH = 2000;

/**
 * Walks the audit log in order, a batch at a time, and names the first entry whose hash or
 * link does not hold: a changed, removed, inserted or reordered entry, a removed tail, or a
 * removed guard.
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainState> {
  let entries = 0;
  const broken = (entryId: number | null, reason: string): AuditChainState => ({ status: 'broken', entries, entryId, reason });
  let prev = GENESIS_HASH;
  let lastId = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(BATCH).execute();
    for (const row of rows) {
      entries += 1;
      if (row.prev_hash !== prev) {
        return broken(row.id, `entry ${row.id} does not follow the entry before it (an entry was removed, inserted or moved)`);
      }
      if (row.hash !== entryHash(prev, row)) return broken(row.id, `entry ${row.id} was changed after it was written`);
      prev = row.hash;
      lastId = row.id;
    }
    if (rows.length < BATCH) break;
  }
  // AUTOINCREMENT remembers the highest id ever used: entries removed from the end show here.
  const { rows: seq } = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'audit_log'`.execute(db);
  if ((seq[0]?.seq ?? 0) > lastId) {
    return broken(lastId + 1, `entries after ${lastId === 0 ? 'the start' : `entry ${lastId}`} were removed (up to entry ${seq[0]?.seq})`);
  }
  const { rows: triggers } = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'`.execute(db);
  const missing = Object.keys(GUARDS).filter((g) => !triggers.some((t) => t.name === g));
  if (missing.length > 0) return broken(null, `the audit log's guard ${missing.join(', ')} was removed`);
  const altered = triggers.filter((t) => t.name in GUARDS && folded(t.sql) !== GUARDS[t.name]).map((t) => t.name);
  if (altered.length > 0) return broken(null, `the audit log's guard ${altered.join(', ')} was replaced by another`);
  return { status: 'ok', entries, head: prev };
}
