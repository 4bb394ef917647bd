import { createHash } from 'node:crypto';

// The seal of a signed version of the minutes: SHA-256 over what the version stores (its
// minutes, its number, the fields, the body, the frozen document). Finalize and each
// amendment write it into their audit entry (chained, append-only); the archive's check
// (db/integrity-minutes.ts) recomputes it for every version. Migration 0015 holds a frozen
// copy of this function: change neither without a new migration.

export interface SealedContent {
  minutes_id: number;
  version: number;
  fields_json: string;
  body_json: string;
  document_json: string | null;
}

export function minutesVersionHash(v: SealedContent): string {
  const content = JSON.stringify([v.minutes_id, v.version, v.fields_json, v.body_json, v.document_json ?? null]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
