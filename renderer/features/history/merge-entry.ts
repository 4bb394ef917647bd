import type { AuditRecord } from '../../../electron/contract';

/** A merge as one record's history tells it: which other record, and which way. */
export interface MergeEntry {
  /** 'from': this record took the other one in; 'into': this record was merged into the other. */
  direction: 'from' | 'into';
  otherId: number;
  /** The other record's name when the entry holds it (entries before names were written: null). */
  otherName: string | null;
}

/** Reads a people.merge entry of the audit log (db/people-merge.ts writes both sides); null for any other entry. */
export function mergeEntry(entry: Pick<AuditRecord, 'entity' | 'detail'>): MergeEntry | null {
  if (entry.entity !== 'person' || typeof entry.detail !== 'object' || entry.detail === null) return null;
  const d = entry.detail as Record<string, unknown>;
  const name = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  if (typeof d.merged === 'number') return { direction: 'from', otherId: d.merged, otherName: name(d.mergedName) };
  if (typeof d.mergedInto === 'number') return { direction: 'into', otherId: d.mergedInto, otherName: name(d.mergedIntoName) };
  return null;
}
