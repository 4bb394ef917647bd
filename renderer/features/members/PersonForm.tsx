import { Checkbox, Group, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Person, commands } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { FormModal } from '../../ui/FormModal';
import { fieldErrors } from '../../ui/form-errors';
import { DuplicatePanel } from './DuplicatePanel';

interface Values {
  fullName: string;
  position: string;
  organisation: string;
  phone: string;
  email: string;
  notes: string;
}

export function PersonForm({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCommandMutation('people.create');
  const update = useCommandMutation('people.update');
  // A changed name is a rename from today (past rosters keep the old one) unless the clerk says
  // it fixes a misspelling: then it is the name on every date.
  const [correction, setCorrection] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      fullName: person?.fullName ?? '',
      position: person?.position ?? '',
      organisation: person?.organisation ?? '',
      phone: person?.phone ?? '',
      email: person?.email ?? '',
      notes: person?.notes ?? '',
    },
    validate: (values) => fieldErrors(commands['people.create'].input, values, t),
  });

  const renaming = person !== null && form.values.fullName.trim() !== person.fullName;
  const submit = form.onSubmit(async (values) => {
    try {
      if (person) await update.mutateAsync({ id: person.id, ...values, ...(renaming && correction ? { nameCorrection: true } : {}) });
      else await create.mutateAsync(values);
      onClose();
    } catch {
      // The failure is shown below from the mutation's state; nothing was written.
    }
  });

  return (
    <FormModal dirty={form.isDirty()}
      title={person ? t('members.editPerson') : t('members.addPerson')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={create.error ?? update.error}
    >
      <TextInput label={t('members.fullName')} required data-autofocus {...form.getInputProps('fullName')} />
      {renaming && (
        <Checkbox
          label={t('pickerFixes.nameCorrection')}
          description={t('pickerFixes.nameCorrectionHint')}
          checked={correction}
          onChange={(e) => setCorrection(e.currentTarget.checked)}
        />
      )}
      <Group grow>
        <TextInput label={t('members.position')} {...form.getInputProps('position')} />
        <TextInput label={t('members.organisation')} {...form.getInputProps('organisation')} />
      </Group>
      <DuplicatePanel
        fullName={form.values.fullName}
        organisation={form.values.organisation}
        excludeId={person?.id}
        onOpen={(id) => {
          onClose();
          navigate(`/members/person/${id}`);
        }}
      />
      <Group grow>
        <TextInput label={t('members.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('members.email')} type="email" {...form.getInputProps('email')} />
      </Group>
      <Textarea label={t('members.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
