import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUS_REFUSED, type MeetingDetail, type MeetingStatus, manualSteps } from '../../../electron/contract';
import { CommandFailure, useCommandMutation } from '../../api/hooks';
import { MeetingError } from './MeetingError';

/** The allowed next steps of the meeting's status as buttons; cancelling asks for a reason. */
export function StatusSteps({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const move = useCommandMutation('meetings.setStatus');
  const client = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const steps = manualSteps(meeting.status);
  const failure = move.error instanceof CommandFailure ? move.error.error : null;
  const refusedStep = failure?.issues?.some((i) => i.message === MEETING_STATUS_REFUSED) ? move.variables?.status : undefined;
  const refusal = refusedStep ? (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert">
      {t('meetings.refused', { step: t(`meetings.steps.${refusedStep}`), now: t(`meetings.statuses.${meeting.status}`) })}
    </Alert>
  ) : (
    move.error != null && <MeetingError error={move.error} />
  );
  const go = (status: MeetingStatus, why?: string) =>
    move.mutateAsync({ id: meeting.id, status, ...(why ? { reason: why } : {}) }).then(
      () => true,
      () => {
        // Refused (another window may have moved the meeting): show the status as it is now.
        void client.invalidateQueries({ queryKey: ['meetings.get'] });
        return false;
      },
    );
  const confirmCancel = async () => {
    if (!reason.trim()) return setReasonError(t('common.required'));
    if (await go('cancelled', reason.trim())) setCancelling(false);
  };

  return (
    <Stack gap="xs">
      {meeting.status === 'held' ? (
        // The next step of a held meeting is its minutes: finalizing them finishes the meeting.
        <Text size="sm">
          {t('meetings.info.heldNext')}{' '}
          <Anchor component={Link} to={`/meetings/${meeting.id}/minutes`}>
            {t('meetings.info.openMinutes')}
          </Anchor>
        </Text>
      ) : steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.info.noNextStep')}
        </Text>
      ) : (
        <Group gap="xs">
          {steps
            .filter((s) => s !== 'cancelled')
            .map((s) => (
              <Button key={s} size="sm" onClick={() => void go(s)} loading={move.isPending && move.variables?.status === s}>
                {t(`meetings.steps.${s}`)}
              </Button>
            ))}
          {steps.includes('cancelled') && (
            <Button size="sm" color="red" variant="light" onClick={() => (move.reset(), setCancelling(true))}>
              {t('meetings.steps.cancelled')}
            </Button>
          )}
        </Group>
      )}
      {!cancelling && refusal}
      {cancelling && (
        <Modal opened onClose={() => setCancelling(false)} title={t('meetings.cancel.title')} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void confirmCancel();
            }}
            noValidate
          >
            <Stack gap="sm">
              <Text size="sm">{t('meetings.cancel.explain')}</Text>
              <Textarea
                label={t('meetings.cancel.reason')}
                required
                className="grow-textarea"
                data-autofocus
                value={reason}
                error={reasonError}
                onChange={(e) => (setReason(e.currentTarget.value), setReasonError(null))}
              />
              {refusal}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setCancelling(false)}>
                  {t('meetings.cancel.keep')}
                </Button>
                <Button type="submit" color="red" loading={move.isPending}>
                  {t('meetings.cancel.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
    </Stack>
  );
}
