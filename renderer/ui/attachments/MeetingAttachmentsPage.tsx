import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../NotFoundPage';
import { PageHeader } from '../PageHeader';
import { AttachmentList } from './AttachmentList';

/**
 * A meeting's files (`#/meetings/<id>/attachments`), until the meeting's own page (issue 8,
 * meetings) mounts <AttachmentList target={{ meetingId }} /> itself.
 */
export function MeetingAttachmentsPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().meetingId);
  if (!Number.isSafeInteger(meetingId) || meetingId <= 0) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t('attachments.title')} />
      <AttachmentList target={{ meetingId }} />
    </>
  );
}
