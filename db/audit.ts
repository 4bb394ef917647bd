import type { Transaction } from 'kysely';
import { nowIso } from './clock.js';
import type { Database } from './schema/index.js';

export interface AuditEntry {
  actor: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'demo';
  entity: string;
  entityId: number | null;
  detail?: unknown;
}

/** Appends to the audit log inside the caller's transaction: no change without its record. */
export async function audit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail_json: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute();
}
