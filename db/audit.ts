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

// At most ~10 columns each: well under SQLite's 32,766 bound parameters per statement.
const ROWS_PER_INSERT = 500;

/**
 * Appends entries to the audit log inside the caller's transaction: no change without its
 * record. Each entry is chained to the previous one by its hash (db/audit-chain.ts); the
 * transaction began IMMEDIATE, so no other writer can slip an entry in between. A bulk write
 * (10,000 imported rows) passes all its entries at once: many rows per statement.
 */
export async function auditMany(trx: Transaction<Database>, entries: readonly AuditEntry[], at: string = nowIso()): Promise<void> {
  if (entries.length === 0) return;
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    const content = {
      at,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail_json: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    };
    const hash = entryHash(prev, content);
    const row = { ...content, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('audit_log').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  }
}

/** One change's entry (see auditMany). */
export async function audit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await auditMany(trx, [entry]);
}
