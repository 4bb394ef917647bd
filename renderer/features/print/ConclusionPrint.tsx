import { Box, Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  CONCLUSION_TITLE,
  RECIPIENTS_HEADING,
  conclusionBodyLines,
  conclusionDraftMark,
  conclusionNumberLine,
  conclusionRecipientLines,
  conclusionSigner,
} from '../../../electron/contract';
import { call, useCommand } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { QueryState } from '../../ui/QueryState';
import { DocumentHeader } from './DocumentHeader';
import { PrintToolbar } from './PrintToolbar';
import { SignerBlock } from './SignerBlock';
import { saveExportedFile } from './save-exported-file';
import { usePrintDocument } from './use-print-document';
import './print.css';
import './meeting-print.css';

/**
 * The conclusion notice (thông báo kết luận) as an A4 document: #/print/conclusion/<id>, in the
 * committee's format (NĐ 30/2020 Mẫu 1.4, or HD 36-HD/VPTW): header blocks, number, "THÔNG BÁO"
 * and its summary line, the opening paragraph, the numbered directives with their sub-points,
 * Nơi nhận and the signer. "DỰ THẢO" until issued. Its text is the Word file's (db/model).
 */
export function ConclusionPrint() {
  const { conclusionId } = useParams();
  return /^[1-9]\d{0,15}$/.test(conclusionId ?? '') ? <ConclusionDocument id={Number(conclusionId)} /> : <NotFoundPage />;
}

function ConclusionDocument({ id }: { id: number }) {
  const { t } = useTranslation();
  const doc = useCommand('conclusions.document', { id });
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  usePrintDocument(doc.isSuccess);
  const title = doc.data ? `${CONCLUSION_TITLE} - ${doc.data.conclusion.title}` : null;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  const download = async () => {
    setBusy(true);
    setDownloadError(null);
    try {
      saveExportedFile(await call('conclusions.exportDocx', { id }));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="print-root">
      <PrintToolbar
        ready={doc.isSuccess}
        actions={
          <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={busy} onClick={() => void download()}>
            {t('print.downloadDocx')}
          </Button>
        }
        alert={
          downloadError ? (
            <Box m="xs" mt={0}>
              <ErrorAlert error={downloadError} />
            </Box>
          ) : null
        }
      />
      <QueryState query={doc}>
        {(data) => {
          const { committee, conclusion } = data;
          const mark = conclusionDraftMark(data);
          return (
            <article className="a4-page" lang="vi">
              <DocumentHeader committee={committee} date={conclusion.datedOn} number={conclusionNumberLine(data)} />
              {mark && <p className="doc-draft-mark">{mark}</p>}
              <h1 className="doc-title">
                <span className="doc-title-line">{CONCLUSION_TITLE}</span>
                <span className="doc-title-line doc-subject">{conclusion.title}</span>
              </h1>
              <section className="doc-text">
                {(conclusion.preamble ?? '')
                  .split('\n')
                  .filter((line) => line.trim() !== '')
                  .map((line, i) => (
                    <p key={`p${i}`} className="doc-para">
                      {line}
                    </p>
                  ))}
                {conclusionBodyLines(conclusion).map((line, i) => (
                  <p key={i} className="doc-para">
                    {line.text}
                  </p>
                ))}
              </section>
              <footer className="doc-signatures">
                <div className="doc-recipients">
                  <div className="doc-recipients-heading">{RECIPIENTS_HEADING}</div>
                  {conclusionRecipientLines(committee, conclusion.recipients).map((line, i) => (
                    <div key={i}>{line}</div>
                  ))}
                </div>
                <SignerBlock signer={conclusionSigner(committee, conclusion.signer)} />
              </footer>
            </article>
          );
        }}
      </QueryState>
    </div>
  );
}
