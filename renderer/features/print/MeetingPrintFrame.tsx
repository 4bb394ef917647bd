import { Alert, Anchor, Box, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarOff } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CommandFailure } from '../../api/hooks';
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

/** A print view's query failed because the meeting is not in the archive (not a fault to retry). */
export function isMissing(error: unknown): boolean {
  return error instanceof CommandFailure && error.error.code === 'NOT_FOUND';
}

/** #/print/minutes/999: said plainly, with the way back to the meetings; nothing to print, retry or download. */
function MeetingMissing({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" p="md" maw={720}>
      <Title order={1} size="h3">
        {t('meetingReview.print.missingTitle')}
      </Title>
      <Alert color="gray" variant="light" icon={<IconCalendarOff size={18} />} role="alert">
        {t('meetingReview.print.missingBody', { id: meetingId })}
      </Alert>
      <Anchor component={Link} to="/meetings">
        <IconArrowLeft size={14} /> {t('meetingReview.print.toMeetings')}
      </Anchor>
    </Stack>
  );
}

/**
 * What the invitation's and the minutes' print views share: print mode, the toolbar with the
 * Word button and its error, the window title once the document is there.
 */
export function MeetingPrintFrame({
  kind,
  meetingId,
  version,
  title,
  ready,
  missing = false,
  children,
}: {
  kind: 'invitation' | 'minutes';
  meetingId: number;
  /** The minutes' version shown (?version=N): the Word file is that version's too. */
  version?: number;
  title: string | null;
  ready: boolean;
  /** The meeting does not exist: the not-found page instead of the document and its toolbar. */
  missing?: boolean;
  children: ReactNode;
}) {
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
  if (missing) return <MeetingMissing meetingId={meetingId} />;
  return (
    <div className="print-root">
      <PrintToolbar
        ready={ready}
        actions={<MeetingDocxButton kind={kind} meetingId={meetingId} version={version} disabled={!ready} onError={setDownloadError} />}
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
