import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate, todayIso } from '../../ui/format';
import { DocumentHeader } from './DocumentHeader';
import { PrintToolbar } from './PrintToolbar';
import { usePrintDocument } from './use-print-document';
import './print.css';

/** The committee roster as an A4 document: #/print/roster/<committeeId>?asOf=YYYY-MM-DD. */
export function RosterPrint() {
  const { i18n } = useTranslation();
  // An official document is in Vietnamese whatever the interface language.
  const tv = i18n.getFixedT('vi');
  const { committeeId } = useParams();
  const [search] = useSearchParams();
  const asOf = search.get('asOf') ?? todayIso();
  const roster = useCommand('roster.get', { committeeId: Number(committeeId), asOf });
  usePrintDocument(roster.isSuccess);

  useEffect(() => {
    if (roster.data) document.title = `${tv('print.rosterTitle')} - ${roster.data.committee.name}`;
  }, [roster.data, tv]);

  return (
    <div className="print-root">
      <PrintToolbar ready={roster.isSuccess} />
      <QueryState query={roster}>
        {(r) => (
          <article className="a4-page" lang="vi">
            <DocumentHeader committee={r.committee} date={todayIso()} />
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
