import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { DocumentHeader } from './DocumentHeader';
import { PrintToolbar } from './PrintToolbar';
import { usePrintDocument } from './use-print-document';
import './print.css';

/** The committee roster as an A4 document: #/print/roster/<committeeId>?asOf=YYYY-MM-DD. */
export function RosterPrint() {
  const { committeeId } = useParams();
  // A committee id is a positive whole number; anything else is an address that does not exist.
  return /^[1-9]\d{0,15}$/.test(committeeId ?? '') ? <RosterDocument committeeId={Number(committeeId)} /> : <NotFoundPage />;
}

function RosterDocument({ committeeId }: { committeeId: number }) {
  const { i18n } = useTranslation();
  // An official document is in Vietnamese whatever the interface language.
  const tv = i18n.getFixedT('vi');
  const [search] = useSearchParams();
  const asOf = search.get('asOf');
  // Today (the date line) comes from the main side, in the archive's time zone.
  const today = useToday();
  const roster = useCommand('roster.get', { committeeId, ...(asOf !== null ? { asOf } : {}) });
  usePrintDocument(roster.isSuccess && today !== undefined);

  useEffect(() => {
    if (!roster.data) return;
    const before = document.title;
    document.title = `${tv('print.rosterTitle')} - ${roster.data.committee.name}`;
    return () => {
      document.title = before;
    };
  }, [roster.data, tv]);

  return (
    <div className="print-root">
      <PrintToolbar ready={roster.isSuccess && today !== undefined} />
      <QueryState query={roster}>
        {(r) => (
          <article className="a4-page" lang="vi">
            {today && <DocumentHeader committee={r.committee} date={today} />}
            <h1 className="doc-title">{tv('print.rosterTitle')}</h1>
            <p className="doc-subtitle">{r.committee.name}</p>
            <p className="doc-asof">{tv('print.asOf', { date: formatDate(r.asOf) })}</p>
            <table className="doc-table">
              <thead>
                <tr>
                  <th className="col-index">{tv('common.index')}</th>
                  <th>{tv('print.fullName')}</th>
                  <th>{tv('print.position')}</th>
                  <th>{tv('print.role')}</th>
                </tr>
              </thead>
              <tbody>
                {r.members.map((m, i) => (
                  <tr key={m.membershipId}>
                    <td className="col-index">{i + 1}</td>
                    <td className="col-name">{m.fullName}</td>
                    <td>{m.position ?? m.organisation ?? ''}</td>
                    <td>{tv(`roles.${m.role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        )}
      </QueryState>
    </div>
  );
}
