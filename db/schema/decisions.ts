import type { Generated } from 'kysely';

export type DecisionKind = 'thanh_lap' | 'kien_toan' | 'bo_sung' | 'khac';

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
