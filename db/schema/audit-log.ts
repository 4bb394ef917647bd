import type { Generated } from 'kysely';

/** Append-only record of every change. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  /** "create" | "update" | "delete" | "import" ... */
  action: string;
  entity: string;
  entity_id: number | null;
  detail_json: string | null;
}
