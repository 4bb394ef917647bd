import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI, type ActionStatusCounts, MEMBER_TASKS_TITLE, formatDisplayDate, personText, taskLine } from '../../../electron/contract';
import { call, useCommand } from '../../api/hooks';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { QueryState } from '../../ui/QueryState';
import { ActionsPrintFrame } from './ActionsPrintFrame';
import { DocumentHeader } from './DocumentHeader';
import { ExportButton } from './ExportButton';
import { SignerBlock } from './SignerBlock';
import { positiveId, printAsOf } from './print-params';

/**
 * The tasks of one member (danh sách nhiệm vụ) as an A4 document:
 * `#/print/tasks/<personId>?committee=<id>[&asOf=]`. Its text is the Word file's (db/model).
 */
export function MemberTasksPrint() {
  const personId = positiveId(useParams().personId);
  const [params] = useSearchParams();
  const committeeId = positiveId(params.get('committee') ?? undefined);
  if (personId === null || committeeId === null) return <NotFoundPage />;
  return <MemberTasksDocument input={{ personId, committeeId, ...printAsOf(params) }} />;
}

/** "Đã hoàn thành đúng hạn: 2; …": the statuses that have tasks, as the Word file sums them up. */
const summary = (counts: ActionStatusCounts) => ACTION_STATUSES.filter((s) => counts[s] > 0).map((s) => `${ACTION_STATUS_LABELS_VI[s]}: ${counts[s]}`);

function MemberTasksDocument({ input }: { input: { personId: number; committeeId: number; asOf?: string } }) {
  const { t } = useTranslation();
  const doc = useCommand('actions.memberTasksDocument', input);
  const [error, setError] = useState<unknown>(null);
  return (
    <ActionsPrintFrame
      title={doc.data ? `${t('actions.docs.tasksTitle')} - ${doc.data.person.fullName}` : null}
      ready={doc.isSuccess}
      error={error}
      tools={<ExportButton label={t('print.downloadDocx')} kind="docx" fetchFile={() => call('actions.memberTasksDocx', input)} onError={setError} />}
    >
      <QueryState query={doc}>
        {(data) => (
          <article className="a4-page" lang="vi">
            <DocumentHeader committee={data.committee} date={data.issuedOn} />
            <h1 className="doc-title">
              <span className="doc-title-line">{MEMBER_TASKS_TITLE}</span>
              <span className="doc-title-line">của đồng chí {personText(data.person.fullName, data.person.position)}</span>
            </h1>
            <p className="doc-asof-line">(tình hình đến ngày {formatDisplayDate(data.asOf)})</p>
            <section className="doc-text">
              {data.tasks.map((task, i) => (
                <p key={task.id} className="doc-task">
                  {taskLine(task, i)}
                </p>
              ))}
              {data.tasks.length === 0 && <p className="doc-para">Không có nhiệm vụ nào.</p>}
              {data.truncated && <p className="doc-para doc-note">(Chỉ liệt kê {data.tasks.length} nhiệm vụ đầu tiên.)</p>}
              <p className="doc-para">
                <strong>Tổng hợp: </strong>
                {data.counts.total} nhiệm vụ
                {summary(data.counts).length > 0 && ` (${summary(data.counts).join('; ')})`}.
              </p>
            </section>
            <footer className="doc-signatures">
              <div />
              <SignerBlock signer={data.signer} />
            </footer>
          </article>
        )}
      </QueryState>
    </ActionsPrintFrame>
  );
}
