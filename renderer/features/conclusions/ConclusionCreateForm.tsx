import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCommandMutation } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';
import { useToday } from '../../ui/use-today';

/** A standalone notice: its committee, summary line and date; the rest is written in the editor it opens on. */
export function ConclusionCreateForm({ committeeId, onClose }: { committeeId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const create = useCommandMutation('conclusions.create');
  const [committee, setCommittee] = useState<number | null>(committeeId ?? null);
  const [title, setTitle] = useState('');
  const [datedOn, setDatedOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ committee?: string; title?: string }>({});
  const day = datedOn ?? today ?? null;
  return (
    <FormModal
      title={t('conclusions.createTitle')}
      dirty={title !== '' || committee !== (committeeId ?? null)}
      saving={create.isPending}
      error={create.error}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        const wrong = { committee: committee ? undefined : t('common.required'), title: title.trim() ? undefined : t('common.required') };
        setErrors(wrong);
        if (wrong.committee || wrong.title || !committee) return;
        create
          .mutateAsync({ committeeId: committee, title: title.trim(), ...(day ? { datedOn: day } : {}), signer: { personId: null, form: 'tm', title: null }, recipients: [], preamble: null, items: [] })
          .then((c) => (onClose(), navigate(`/conclusions/${c.id}`)), () => undefined);
      }}
    >
      <CommitteePicker label={t('conclusions.committee')} w="100%" value={committee} onChange={setCommittee} required error={errors.committee} />
      <TextInput label={t('conclusions.fields.summary')} required data-autofocus value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
      <DateField label={t('conclusions.fields.date')} value={day} onChange={setDatedOn} w={180} />
    </FormModal>
  );
}
