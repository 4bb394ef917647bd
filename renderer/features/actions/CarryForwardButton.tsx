import { Button } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../api/hooks';
import { ConfirmStep } from '../conclusions/ConfirmStep';

/**
 * On a meeting's agenda: adds "Kiểm điểm việc thực hiện kết luận" with the committee's actions
 * still open on the meeting day (actions.carryForward, one transaction), after asking once.
 */
export function CarryForwardButton({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const carry = useCommandMutation('actions.carryForward');
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button size="sm" variant="default" leftSection={<IconListCheck size={16} />} onClick={() => (carry.reset(), setAsking(true))}>
        {t('actions.carryForward.action')}
      </Button>
      {asking && (
        <ConfirmStep
          title={t('actions.carryForward.confirm')}
          question={t('actions.carryForward.explain')}
          pending={carry.isPending}
          error={carry.error}
          onClose={() => setAsking(false)}
          onConfirm={() => carry.mutateAsync({ meetingId }).then(() => setAsking(false), () => undefined)}
        />
      )}
    </>
  );
}
