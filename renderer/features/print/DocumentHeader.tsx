import { type Committee, PARTY_MOTTO, STATE_MOTTO, STATE_SUB_MOTTO, issuingBodyLine, officialDateLine, parentBodyLine } from '../../../electron/contract';

/**
 * The two-column head of an official document: issuing body on the left, national or Party
 * motto and the place-date line on the right (Nghị định 30/2020 / Hướng dẫn 36-HD/VPTW).
 * The Word file writes the same blocks (db/documents/docx-header.ts) from the same text.
 */
export function DocumentHeader({ committee, date, number }: { committee: Committee; date: string; number?: string | null }) {
  const party = committee.documentFormat === 'party';
  const parent = parentBodyLine(committee);
  return (
    <header className="doc-header">
      <div className="doc-issuer">
        {parent && <div className="doc-parent">{parent}</div>}
        <div className="doc-body">{issuingBodyLine(committee)}</div>
        {party ? <div className="doc-star">*</div> : <div className="doc-short-rule" />}
        {number && <div className="doc-number">{number}</div>}
      </div>
      <div className="doc-motto">
        {party ? (
          <div className="doc-party">{PARTY_MOTTO}</div>
        ) : (
          <>
            <div className="doc-state">{STATE_MOTTO}</div>
            <div className="doc-state-sub">{STATE_SUB_MOTTO}</div>
          </>
        )}
        <div className="doc-place-date">{officialDateLine(date, committee.placeName)}</div>
      </div>
    </header>
  );
}
