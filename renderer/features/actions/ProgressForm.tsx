import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';

/** Cập nhật tiến độ: the day of the report (today unless changed) and what was done. */
export function ProgressForm({ actionId, today, onClose }: { actionId: number; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCommandMutation('actions.addProgress');
  const [reportedOn, setReportedOn] = useState<string | null>(today);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ date?: string; text?: string }>({});
  return (
    <FormModal
      title={t('actions.progress.add')}
      dirty={text !== ''}
      saving={add.isPending}
      error={add.error}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        const wrong = { date: reportedOn ? undefined : t('common.required'), text: text.trim() ? undefined : t('common.required') };
        setErrors(wrong);
        if (wrong.date || wrong.text) return;
        add.mutateAsync({ actionId, reportedOn: reportedOn!, text: text.trim() }).then(onClose, () => undefined);
      }}
    >
      <DateField label={t('actions.progress.date')} value={reportedOn} onChange={setReportedOn} error={errors.date} required w={180} />
      <Textarea label={t('actions.progress.text')} required autosize minRows={3} maxRows={10} data-autofocus value={text} onChange={(e) => setText(e.currentTarget.value)} error={errors.text} />
    </FormModal>
  );
}
