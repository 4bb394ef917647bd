import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  COMMITTEE_LEVELS,
  type Committee,
  type CommitteeLevel,
  DOCUMENT_FORMATS,
  type DocumentFormat,
  commands,
} from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { FormModal } from '../../ui/FormModal';
import { fieldErrors } from '../../ui/form-errors';

interface Values {
  name: string;
  shortName: string;
  level: CommitteeLevel;
  parentBody: string;
  placeName: string;
  documentFormat: DocumentFormat;
  conclusionSymbol: string;
}

export function CommitteeForm({ committee, onClose }: { committee: Committee | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCommandMutation('committees.create');
  const update = useCommandMutation('committees.update');
  const form = useForm<Values>({
    initialValues: {
      name: committee?.name ?? '',
      shortName: committee?.shortName ?? '',
      level: committee?.level ?? 'tinh',
      parentBody: committee?.parentBody ?? '',
      placeName: committee?.placeName ?? '',
      documentFormat: committee?.documentFormat ?? 'state',
      conclusionSymbol: committee?.conclusionSymbol ?? '',
    },
    validate: (values) => fieldErrors(commands['committees.create'].input, values, t),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      if (committee) await update.mutateAsync({ id: committee.id, ...values });
      else await create.mutateAsync(values);
      onClose();
    } catch {
      // The failure is shown below from the mutation's state; nothing was written.
    }
  });

  return (
    <FormModal
      title={committee ? t('members.editCommittee') : t('members.addCommittee')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={create.error ?? update.error}
    >
      <TextInput label={t('members.name')} required data-autofocus {...form.getInputProps('name')} />
      <Group grow>
        <TextInput label={t('members.shortName')} {...form.getInputProps('shortName')} />
        <Select
          label={t('members.level')}
          data={COMMITTEE_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          allowDeselect={false}
          {...form.getInputProps('level')}
        />
      </Group>
      <Group grow>
        <TextInput label={t('members.parentBody')} {...form.getInputProps('parentBody')} />
        <TextInput label={t('members.placeName')} {...form.getInputProps('placeName')} />
      </Group>
      <Group grow>
        <Select
          label={t('members.documentFormat')}
          data={DOCUMENT_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          allowDeselect={false}
          {...form.getInputProps('documentFormat')}
        />
        <TextInput label={t('members.conclusionSymbol')} {...form.getInputProps('conclusionSymbol')} />
      </Group>
    </FormModal>
  );
}
