import { Box } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ROSTER_TABLE_COLUMNS, ROSTER_TITLE, asOfLine, attachmentLine, columnHeading, isCalendarDate, rosterRow, rosterSubtitle } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { QueryState } from '../../ui/QueryState';
import { DocumentHeader } from './DocumentHeader';
import { PrintToolbar } from './PrintToolbar';
import { RosterDownloads } from './RosterDownloads';
import { UnbrokenWords } from './UnbrokenWords';
import { usePrintDocument } from './use-print-document';
import './print.css';

/**
 * The committee roster of a date as an A4 document, the attachment to the decision in force
 * then: #/print/roster/<committeeId>?date=YYYY-MM-DD (also ?asOf=; without one, today).
 */
export function RosterPrint() {
  const { committeeId } = useParams();
  // A committee id is a positive whole number; anything else is an address that does not exist.
  return /^[1-9]\d{0,15}$/.test(committeeId ?? '') ? <RosterDocument committeeId={Number(committeeId)} /> : <NotFoundPage />;
}

function RosterDocument({ committeeId }: { committeeId: number }) {
  const [search] = useSearchParams();
  const asked = search.get('date') ?? search.get('asOf');
  // An impossible date goes to the core as asked, which refuses it (VALIDATION) for the clerk to see.
  const asOf = asked !== null && asked !== '' ? asked : undefined;
  // The document's text (title, decision line, roles) is the one the Word file writes (db/model).
  const doc = useCommand('roster.document', { committeeId, ...(asOf !== undefined ? { asOf } : {}) });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  usePrintDocument(doc.isSuccess);

  useEffect(() => {
    if (!doc.data) return;
    const before = document.title;
    document.title = `${ROSTER_TITLE} - ${doc.data.roster.committee.name}`;
    return () => {
      document.title = before;
    };
  }, [doc.data]);

  const date = doc.data?.roster.asOf ?? (asOf && isCalendarDate(asOf) ? asOf : undefined);
  return (
    <div className="print-root">
      <PrintToolbar
        ready={doc.isSuccess}
        actions={date && <RosterDownloads committeeId={committeeId} asOf={date} onError={setDownloadError} />}
        alert={
          downloadError ? (
            <Box m="xs" mt={0}>
              <ErrorAlert error={downloadError} />
            </Box>
          ) : null
        }
      />
      <QueryState query={doc}>
        {({ roster, decisions, issuedOn }) => {
          const attachment = attachmentLine(decisions, roster.committee);
          return (
          <article className="a4-page" lang="vi">
            <DocumentHeader committee={roster.committee} date={issuedOn} />
            <h1 className="doc-title">
              <span className="doc-title-line">{ROSTER_TITLE}</span>
              <span className="doc-title-line">{rosterSubtitle(roster.committee)}</span>
            </h1>
            {attachment && (
              <p className="doc-attachment">
                <UnbrokenWords text={attachment} />
              </p>
            )}
            <p className="doc-asof">{asOfLine(roster.asOf)}</p>
            <table className="doc-table">
              <colgroup>
                {ROSTER_TABLE_COLUMNS.map((c) => (
                  <col key={c.key} className={`col-${c.key}`} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {ROSTER_TABLE_COLUMNS.map((c) => (
                    <th key={c.key}>{columnHeading(c)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {roster.members.map((m, i) => {
                  const row = rosterRow(m, i);
                  return (
                    <tr key={m.membershipId}>
                      {ROSTER_TABLE_COLUMNS.map((c) => (
                        <td key={c.key} className={`cell-${c.key}`}>
                          {row[c.key]}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </article>
          );
        }}
      </QueryState>
    </div>
  );
}
