import type { Generated } from 'kysely';
import type { DecisionKind } from '../model/index.js';

export type { DecisionKind };

/** A decision that founds or reconstitutes a committee (quyết định thành lập / kiện toàn). */
export interface DecisionsTable {
  id: Generated<number>;
  committee_id: number;
  kind: DecisionKind;
  number: string;
  signed_on: string;
  signer: string | null;
  summary: string | null;
  /** The body that issued it (0006). */
  issuing_body: string | null;
  signer_title: string | null;
  /** The scanned decision (0006). */
  attachment_id: number | null;
  created_at: string;
}

/** A scan a decision had before it was replaced (0016): kept referenced, never an orphan. */
export interface DecisionPreviousScansTable {
  decision_id: number;
  attachment_id: number;
  replaced_at: string;
}
