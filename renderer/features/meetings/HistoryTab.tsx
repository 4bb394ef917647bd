import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { AuditList } from '../history/AuditList';

/** "Lịch sử": the meeting's entries in the audit log, then its minutes', newest first (audit.history). */
export function HistoryTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const minutes = useCommand('minutes.get', { meetingId: meeting.id });
  const minutesId = minutes.data?.id ?? null;
  return (
    <Stack gap="lg">
      <section aria-label={t('meetingReview.history.meeting')}>
        <Title order={2} size="h5" mb="xs">
          {t('meetingReview.history.meeting')}
        </Title>
        <AuditList entity="meeting" entityId={meeting.id} />
      </section>
      <section aria-label={t('meetingReview.history.minutes')}>
        <Title order={2} size="h5" mb="xs">
          {t('meetingReview.history.minutes')}
        </Title>
        {minutesId === null ? (
          <Text size="sm" c="gray.7">
            {minutes.isPending ? t('common.loading') : t('meetingReview.history.noMinutes')}
          </Text>
        ) : (
          <AuditList entity="minutes" entityId={minutesId} />
        )}
      </section>
    </Stack>
  );
}
