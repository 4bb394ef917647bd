import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconNumber } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingDetail, documentNumberPeriod, documentNumberSymbol } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { defaultInvitationDate } from './invitation-date';
import { MeetingError } from './MeetingError';

/**
 * The number the invitation would take on `issuedOn`: the next of the committee's GM series
 * for that period (the core takes it for real when the clerk confirms). Null while unknown;
 * 'no_term' when a Party-format committee has no term set (the core would refuse).
 */
function useNextNumber(meeting: MeetingDetail, issuedOn: string | null): string | null | 'no_term' {
  const doc = useCommand('invitations.document', { meetingId: meeting.id });
  const settings = useCommand('documentNumbers.settings', { committeeId: meeting.committeeId });
  const committee = doc.data?.committee;
  const format = settings.data?.documentFormat ?? committee?.documentFormat;
  const period = format && issuedOn && settings.data ? documentNumberPeriod(format, issuedOn, settings.data.termStartedOn) : null;
  const last = useCommand('documentNumbers.list', { committeeId: meeting.committeeId, type: 'GM', period: period ?? 'none', limit: 1 }, period !== null);
  if (format === 'party' && settings.data && settings.data.termStartedOn === null) return 'no_term';
  if (!committee || !format || period === null || !last.data) return null;
  return documentNumberSymbol(format, (last.data.items[0]?.number ?? 0) + 1, 'GM', committee.symbol);
}

function IssueDialog({ meeting, today, onClose }: { meeting: MeetingDetail; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const issue = useCommandMutation('invitations.issue');
  const [issuedOn, setIssuedOn] = useState<string | null>(() => defaultInvitationDate(today, meeting.startsAt));
  const [dateValid, setDateValid] = useState(true);
  const next = useNextNumber(meeting, issuedOn);
  const confirm = () => issuedOn && issue.mutate({ meetingId: meeting.id, issuedOn }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={t('meetingReview.invitation.confirmTitle')} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('meetingReview.invitation.confirmText', { meeting: meeting.title, day: formatDate(meeting.startsAt.slice(0, 10)) })}</Text>
        <DateField
          label={t('meetingReview.invitation.date')}
          value={issuedOn}
          onChange={(iso) => {
            issue.reset();
            setIssuedOn(iso || null);
          }}
          onValidityChange={setDateValid}
          required
          error={issuedOn ? undefined : t('common.required')}
          w={200}
        />
        <div role="status" aria-live="polite">
          <Text size="xs" c="gray.7" fw={600} tt="uppercase">
            {t('meetingReview.invitation.willTake')}
          </Text>
          <Text fw={700} size="lg" className="next-number">
            {next === 'no_term' ? t('meetingReview.invitation.noTerm') : (next ?? t('common.loading'))}
          </Text>
        </div>
        <Text size="sm" c="gray.7">
          {t('meetingReview.invitation.final')}
        </Text>
        {issue.error != null && <MeetingError error={issue.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconNumber size={16} />} loading={issue.isPending} disabled={!issuedOn || !dateValid || next === 'no_term'} onClick={confirm}>
            {t('meetingReview.invitation.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Cấp số giấy mời": asks first, showing the number it will take and the invitation's date (default today, or the meeting's day when that is past). */
export function IssueInvitation({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const today = useToday();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button leftSection={<IconNumber size={16} />} disabled={!today} onClick={() => setAsking(true)}>
        {t('meetings.invitation.issue')}
      </Button>
      {asking && today && <IssueDialog meeting={meeting} today={today} onClose={() => setAsking(false)} />}
    </>
  );
}
