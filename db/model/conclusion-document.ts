// The conclusion notice (thông báo kết luận) as a document, its text once for the print view
// and the Word file, in the committee's format: state (NĐ 30/2020, Mẫu 1.4) or Party
// (HD 36-HD/VPTW). Pure: imports only this folder.
import type { ConclusionDetail } from './conclusions.js';
import type { Committee } from './entities.js';

/** Everything the notice shows. */
export interface ConclusionDocumentData {
  /** The committee, named as it was on the notice's date. */
  committee: Committee;
  conclusion: ConclusionDetail;
}
