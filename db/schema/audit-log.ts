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
  /** The previous entry's hash (64 zeros for the first): written by audit(), never by hand. */
  prev_hash: string | null;
  /** SHA-256 over this entry's content and prev_hash (db/audit-chain.ts). */
  hash: string | null;
}
