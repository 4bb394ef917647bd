import { type Committee, officialDateLine } from '../../../electron/contract';

/**
 * The two-column head of an official document: issuing body on the left, national or Party
 * motto and the place-date line on the right (Nghị định 30/2020 / Hướng dẫn 36-HD/VPTW).
 */
export function DocumentHeader({ committee, date }: { committee: Committee; date: string }) {
  const party = committee.documentFormat === 'party';
  return (
    <header className="doc-header">
      <div className="doc-issuer">
        {committee.parentBody && <div className="doc-parent">{committee.parentBody.toUpperCase()}</div>}
        <div className="doc-body">{committee.name.toUpperCase()}</div>
        {party ? <div className="doc-star">*</div> : <div className="doc-short-rule" />}
      </div>
      <div className="doc-motto">
        {party ? (
          <div className="doc-party">ĐẢNG CỘNG SẢN VIỆT NAM</div>
        ) : (
          <>
            <div className="doc-state">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="doc-state-sub">Độc lập - Tự do - Hạnh phúc</div>
          </>
        )}
        <div className="doc-place-date">{officialDateLine(date, committee.placeName)}</div>
      </div>
    </header>
  );
}
