import { Box } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { MeetingDocxButton } from './MeetingDocxButton';
import { PrintToolbar } from './PrintToolbar';
import { usePrintDocument } from './use-print-document';
import './print.css';
import './meeting-print.css';

/** The meeting id of a print route (#/print/invitation/7): a positive whole number, else the page does not exist. */
export function MeetingPrintRoute({ render }: { render: (meetingId: number) => ReactNode }) {
  const { meetingId } = useParams();
  return /^[1-9]\d{0,15}$/.test(meetingId ?? '') ? <>{render(Number(meetingId))}</> : <NotFoundPage />;
}

/**
 * What the invitation's and the minutes' print views share: print mode, the toolbar with the
 * Word button and its error, the window title once the document is there.
 */
export function MeetingPrintFrame({ kind, meetingId, title, ready, children }: { kind: 'invitation' | 'minutes'; meetingId: number; title: string | null; ready: boolean; children: ReactNode }) {
  const [downloadError, setDownloadError] = useState<unknown>(null);
  usePrintDocument(ready);
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <div className="print-root">
      <PrintToolbar
        ready={ready}
        actions={<MeetingDocxButton kind={kind} meetingId={meetingId} onError={setDownloadError} />}
        alert={
          downloadError ? (
            <Box m="xs" mt={0}>
              <ErrorAlert error={downloadError} />
            </Box>
          ) : null
        }
      />
      {children}
    </div>
  );
}
