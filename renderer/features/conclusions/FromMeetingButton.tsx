import { Button, Stack } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * "Tạo thông báo kết luận" on a meeting's page: a draft notice of the meeting's committee, dated
 * the meeting day, its text the conclusion part of the minutes (conclusions.startingText), the
 * chair as signer with the form their role suggests; it opens in the editor.
 */
export function FromMeetingButton({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCommandMutation('conclusions.create');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const start = await call('conclusions.startingText', { meetingId });
      const signers = await call('conclusions.signers', { committeeId: start.committeeId, asOf: start.meetingDay });
      const chair = signers.signers.find((s) => s.personId === start.chairPersonId);
      const created = await create.mutateAsync({
        committeeId: start.committeeId,
        meetingId,
        title: start.title,
        datedOn: start.meetingDay,
        signer: chair ? { personId: chair.personId, form: chair.suggestedForm, title: chair.suggestedTitle } : { personId: null, form: 'tm', title: null },
        recipients: [],
        preamble: start.preamble,
        items: start.items,
      });
      navigate(`/conclusions/${created.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} align="flex-end">
      <Button size="sm" variant="default" leftSection={<IconFilePlus size={16} />} loading={busy} onClick={() => void make()} title={t('conclusions.fromMeetingHint')}>
        {t('conclusions.fromMeeting')}
      </Button>
      {error != null && <ErrorAlert error={error} />}
    </Stack>
  );
}
