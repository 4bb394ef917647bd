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
  created_at: string;
}
