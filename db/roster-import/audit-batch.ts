import type { Transaction } from 'kysely';
import { GENESIS_HASH, entryHash } from '../audit-chain.js';
import type { AuditEntry } from '../audit.js';
import { nowIso } from '../clock.js';
import type { Database } from '../schema/index.js';

// The audit entries of a bulk write (10,000 imported rows), chained exactly as audit() chains
// one (db/audit-chain.ts) but inserted many per statement, inside the caller's transaction.

// At most ~10 columns each: well under SQLite's 32,766 bound parameters per statement.
const ROWS_PER_INSERT = 500;

export async function auditMany(trx: Transaction<Database>, entries: readonly AuditEntry[]): Promise<void> {
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const at = nowIso();
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
