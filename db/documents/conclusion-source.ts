import { getCommittee } from '../committees.js';
import { getConclusion } from '../conclusions.js';
import type { Db } from '../connection.js';
import type { ConclusionDocumentData } from '../model/index.js';

/** What the notice is made from: the notice, and its committee as named on the notice's date. */
export async function getConclusionDocument(db: Db, id: number): Promise<ConclusionDocumentData> {
  const conclusion = await getConclusion(db, id);
  return { committee: await getCommittee(db, conclusion.committeeId, conclusion.datedOn), conclusion };
}
