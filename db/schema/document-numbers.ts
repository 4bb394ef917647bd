import type { Generated } from 'kysely';
import type { DocumentNumberStatus, DocumentType } from '../model/index.js';

export type { DocumentNumberStatus, DocumentType };

/** One number of a committee's series of a document type in a period (0007); never deleted nor renumbered. */
export interface DocumentNumbersTable {
  id: Generated<number>;
  committee_id: number;
  type: DocumentType;
  /** "2021" (calendar year) or "term:2020-10-26" (the committee's term). */
  period: string;
  number: number;
  status: Generated<DocumentNumberStatus>;
  issued_on: string;
  note: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}
