import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI, type ActionReport, type ActionSummary, PAGE_MAX_LIMIT, type ReportGroup, formatDisplayDate } from '../../../electron/contract';
import { call, useCommand } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { QueryState } from '../../ui/QueryState';
import { reportAskFrom, reportHref } from '../actions/report-params';
import { ActionsPrintFrame } from './ActionsPrintFrame';
import { DocumentHeader } from './DocumentHeader';
import { ExportButton } from './ExportButton';

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ';

/**
 * The report as of a day, `#/print/report?committee=<id>&asOf=YYYY-MM-DD`, on A4: counts by
 * status per owner and per conclusion (reports.actions, the same figures as the .xlsx), then
 * the list of the actions (the first PAGE_MAX_LIMIT; the spreadsheet has them all).
 */
export function ReportPrint() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ask = reportAskFrom(params);
  const report = useCommand('reports.actions', ask);
  const list = useCommand('actions.list', { ...(ask.committeeId ? { committeeId: ask.committeeId } : {}), ...(ask.asOf ? { asOf: ask.asOf } : {}), limit: PAGE_MAX_LIMIT });
  const [error, setError] = useState<unknown>(null);
  const ready = report.isSuccess && list.isSuccess;
  return (
    <ActionsPrintFrame
      title={report.data ? `${t('actions.report.screenTitle')} - ${formatDisplayDate(report.data.asOf)}` : null}
      ready={ready}
      error={error}
      tools={
        <>
          <DateField label={t('actions.filters.asOf')} value={report.data?.asOf ?? ask.asOf ?? null} onChange={(asOf) => navigate(reportHref({ ...ask, asOf }), { replace: true })} w={150} />
          <ExportButton label={t('actions.report.xlsx')} kind="xlsx" fetchFile={() => call('reports.exportXlsx', ask)} onError={setError} />
        </>
      }
    >
      <QueryState query={report}>
        {(data) => (
          <article className="a4-page doc-report" lang="vi">
            {data.committee && <DocumentHeader committee={data.committee} date={data.asOf} />}
            <h1 className="doc-title">
              <span className="doc-title-line">{REPORT_TITLE}</span>
            </h1>
            <p className="doc-asof">Tính đến ngày {formatDisplayDate(data.asOf)}</p>
            <p className="doc-para">
              Tổng số {data.totals.total} nhiệm vụ, trong đó:{' '}
              {ACTION_STATUSES.map((s) => `${ACTION_STATUS_LABELS_VI[s].toLocaleLowerCase('vi')} ${data.totals[s]}`).join('; ')}.
            </p>
            <CountsTable heading="I. THEO NGƯỜI, ĐƠN VỊ CHỦ TRÌ" first="Người, đơn vị chủ trì" groups={data.byOwner} totals={data.totals} />
            <CountsTable heading="II. THEO THÔNG BÁO KẾT LUẬN" first="Thông báo kết luận" groups={data.byConclusion} totals={data.totals} />
            <QueryState query={list}>{(page) => <ActionList data={data} items={page.items} total={page.total} />}</QueryState>
          </article>
        )}
      </QueryState>
    </ActionsPrintFrame>
  );
}

function CountsTable({ heading, first, groups, totals }: { heading: string; first: string; groups: ReportGroup[]; totals: ActionReport['totals'] }) {
  return (
    <section className="doc-section">
      <h2 className="doc-section-heading">{heading}</h2>
      <table className="doc-table doc-counts">
        <colgroup>
          <col className="col-index" />
          <col className="col-group" />
          <col className="col-count" />
          {ACTION_STATUSES.map((s) => (
            <col key={s} className="col-count" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>{first}</th>
            <th>Tổng số</th>
            {ACTION_STATUSES.map((s) => (
              <th key={s}>{ACTION_STATUS_LABELS_VI[s]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => (
            <tr key={`${g.label}-${i}`}>
              <td className="cell-index">{i + 1}</td>
              <td>{g.label}</td>
              <td className="cell-num">{g.counts.total}</td>
              {ACTION_STATUSES.map((s) => (
                <td key={s} className="cell-num">
                  {g.counts[s]}
                </td>
              ))}
            </tr>
          ))}
          <tr className="row-total">
            <td />
            <td>Cộng</td>
            <td className="cell-num">{totals.total}</td>
            {ACTION_STATUSES.map((s) => (
              <td key={s} className="cell-num">
                {totals[s]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function ActionList({ data, items, total }: { data: ActionReport; items: ActionSummary[]; total: number }) {
  return (
    <section className="doc-section">
      <h2 className="doc-section-heading">III. DANH SÁCH NHIỆM VỤ</h2>
      <table className="doc-table doc-action-list">
        <colgroup>
          <col className="col-index" />
          <col />
          <col className="col-owner" />
          <col className="col-date" />
          <col className="col-date" />
          <col className="col-status" />
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Nhiệm vụ</th>
            <th>Chủ trì</th>
            <th>Thời hạn</th>
            <th>Hoàn thành</th>
            <th>Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a, i) => (
            <tr key={a.id}>
              <td className="cell-index">{i + 1}</td>
              <td>{a.title}</td>
              <td>{a.leadOwner?.name ?? ''}</td>
              <td className="cell-center">{a.deadline ? formatDisplayDate(a.deadline) : 'Không thời hạn'}</td>
              <td className="cell-center">{a.completedOn ? formatDisplayDate(a.completedOn) : ''}</td>
              <td>{a.status ? ACTION_STATUS_LABELS_VI[a.status] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > items.length && (
        <p className="doc-note">
          Danh sách in {items.length}/{total} nhiệm vụ (tính đến ngày {formatDisplayDate(data.asOf)}); danh sách đầy đủ có trong tệp Excel của báo cáo.
        </p>
      )}
    </section>
  );
}
