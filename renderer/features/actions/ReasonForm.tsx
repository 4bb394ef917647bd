import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';

interface Props {
  title: string;
  label: string;
  explain?: string;
  onSubmit: (reason: string) => Promise<unknown>;
  saving: boolean;
  error: unknown;
  onClose: () => void;
}

/** A step that needs its reason written (on hold, reopen, cancel): the reason is required. */
export function ReasonForm({ title, label, explain, onSubmit, saving, error, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <FormModal
      title={title}
      dirty={reason !== ''}
      saving={saving}
      error={error}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        if (!reason.trim()) return setMissing(true);
        onSubmit(reason.trim()).then(onClose, () => undefined);
      }}
    >
      {explain && <Text size="sm">{explain}</Text>}
      <Textarea
        label={label}
        required
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        value={reason}
        onChange={(e) => (setReason(e.currentTarget.value), setMissing(false))}
        error={missing ? t('common.required') : undefined}
      />
    </FormModal>
  );
}
