import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { type OwnerRef, RECIPIENTS_HEADING, REMINDER_CLOSING, reminderAddressee, reminderOpening, taskLine } from '../../../electron/contract';
import { call, useCommand } from '../../api/hooks';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { QueryState } from '../../ui/QueryState';
import { ActionsPrintFrame } from './ActionsPrintFrame';
import { DocumentHeader } from './DocumentHeader';
import { ExportButton } from './ExportButton';
import { SignerBlock } from './SignerBlock';
import { positiveId, printAsOf } from './print-params';

/**
 * The reminder letter (công văn đôn đốc) listing one owner's overdue tasks, on A4:
 * `#/print/reminder/person/<personId>?committee=<id>` or `#/print/reminder/unit/<name>?committee=<id>`.
 */
export function ReminderPrint() {
  const { kind, who } = useParams();
  const [params] = useSearchParams();
  const committeeId = positiveId(params.get('committee') ?? undefined);
  const personId = kind === 'person' ? positiveId(who) : null;
  const unitName = kind === 'unit' ? (who ?? '').trim() : '';
  const owner: OwnerRef | null = personId !== null ? { personId } : unitName ? { unitName } : null;
  if (!owner || committeeId === null) return <NotFoundPage />;
  return <ReminderDocument input={{ owner, committeeId, ...printAsOf(params) }} />;
}

function ReminderDocument({ input }: { input: { owner: OwnerRef; committeeId: number; asOf?: string } }) {
  const { t } = useTranslation();
  const doc = useCommand('actions.reminderDocument', input);
  const [error, setError] = useState<unknown>(null);
  return (
    <ActionsPrintFrame
      title={doc.data ? `${t('actions.docs.reminderTitle')} - ${doc.data.owner.name}` : null}
      ready={doc.isSuccess}
      error={error}
      tools={<ExportButton label={t('print.downloadDocx')} kind="docx" fetchFile={() => call('actions.reminderDocx', input)} onError={setError} />}
    >
      <QueryState query={doc}>
        {(data) => (
          <article className="a4-page" lang="vi">
            <DocumentHeader committee={data.committee} date={data.issuedOn} />
            <h1 className="doc-subject-line">{data.subject}</h1>
            <p className="doc-addressee">{reminderAddressee(data.owner)}</p>
            <section className="doc-text">
              <p className="doc-para">{reminderOpening(data)}</p>
              {data.tasks.map((task, i) => (
                <p key={task.id} className="doc-task">
                  {taskLine(task, i, false)}
                </p>
              ))}
              {data.truncated && <p className="doc-note">{t('actions.docs.truncated')}</p>}
              <p className="doc-para">{REMINDER_CLOSING}</p>
            </section>
            <footer className="doc-signatures">
              <div className="doc-recipients">
                <div className="doc-recipients-heading">{RECIPIENTS_HEADING}</div>
                {data.recipients.map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </div>
              <SignerBlock signer={data.signer} />
            </footer>
          </article>
        )}
      </QueryState>
    </ActionsPrintFrame>
  );
}
