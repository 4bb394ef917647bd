import type { Transaction } from 'kysely';
import { GENESIS_HASH, entryHash } from './audit-chain.js';
import { nowIso } from './clock.js';
import type { Database } from './schema/index.js';

export interface AuditEntry {
  actor: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'demo';
  entity: string;
  entityId: number | null;
  detail?: unknown;
}

/**
 * Appends to the audit log inside the caller's transaction: no change without its record.
 * Each entry is chained to the previous one by its hash (db/audit-chain.ts); the
 * transaction began IMMEDIATE, so no other writer can slip an entry in between.
 */
export async function audit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prev = last?.hash ?? GENESIS_HASH;
  const content = {
    at: nowIso(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail_json: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  };
  await trx
    .insertInto('audit_log')
    .values({ ...content, prev_hash: prev, hash: entryHash(prev, content) })
    .execute();
}
