import { Alert, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';
import { formatDate } from '../../ui/format';

/** Ghi nhận hoàn thành: the day it was done and its evidence; a day after the deadline is said to count as late. */
export function CompleteForm({ action, today, onClose }: { action: ActionDetail; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const complete = useCommandMutation('actions.complete');
  const [completedOn, setCompletedOn] = useState<string | null>(today);
  const [evidence, setEvidence] = useState('');
  const [missing, setMissing] = useState(false);
  const late = Boolean(completedOn && action.deadline && completedOn > action.deadline);
  return (
    <FormModal
      title={t('actions.complete.title')}
      dirty={evidence !== '' || completedOn !== today}
      saving={complete.isPending}
      error={complete.error}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        if (!completedOn) return setMissing(true);
        complete.mutateAsync({ id: action.id, completedOn, evidenceText: evidence.trim() || null }).then(onClose, () => undefined);
      }}
    >
      <DateField label={t('actions.complete.date')} value={completedOn} onChange={setCompletedOn} error={missing ? t('common.required') : undefined} required w={180} />
      {late && (
        <Alert color="orange" variant="light" role="status">
          {t('actions.complete.lateWarning', { deadline: formatDate(action.deadline) })}
        </Alert>
      )}
      <Textarea label={t('actions.complete.evidence')} autosize minRows={3} maxRows={10} data-autofocus value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} />
    </FormModal>
  );
}
