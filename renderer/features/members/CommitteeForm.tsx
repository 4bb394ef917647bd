import { Alert, Group, Select, TextInput } from '@mantine/core';
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
import { sameNameSibling, subtreeIds } from './committee-tree';

interface Values {
  name: string;
  shortName: string;
  level: CommitteeLevel;
  parentCommitteeId: string | null;
  parentBody: string;
  placeName: string;
  documentFormat: DocumentFormat;
  conclusionSymbol: string;
}

interface Props {
  committee: Committee | null;
  /** Every committee: the choices of parent, and the duplicate-name check. */
  committees: Committee[];
  onClose: () => void;
}

/** Create or edit a committee; moving it is choosing another parent committee. */
export function CommitteeForm({ committee, committees, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCommandMutation('committees.create');
  const update = useCommandMutation('committees.update');
  const form = useForm<Values>({
    initialValues: {
      name: committee?.name ?? '',
      shortName: committee?.shortName ?? '',
      level: committee?.level ?? 'tinh',
      parentCommitteeId: committee?.parentCommitteeId ? String(committee.parentCommitteeId) : null,
      parentBody: committee?.parentBody ?? '',
      placeName: committee?.placeName ?? '',
      documentFormat: committee?.documentFormat ?? 'state',
      conclusionSymbol: committee?.conclusionSymbol ?? '',
    },
    validate: (values) => fieldErrors(commands['committees.create'].input, toInput(values), t),
  });
  const excluded = committee ? subtreeIds(committees, committee.id) : new Set<number>();
  const parents = committees.filter((c) => !excluded.has(c.id)).map((c) => ({ value: String(c.id), label: c.name }));
  const parentId = form.values.parentCommitteeId ? Number(form.values.parentCommitteeId) : null;
  const twin = sameNameSibling(committees, form.values.name, parentId, committee?.id);

  const submit = form.onSubmit(async (values) => {
    try {
      if (committee) await update.mutateAsync({ id: committee.id, ...toInput(values) });
      else await create.mutateAsync(toInput(values));
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
      {twin && (
        <Alert color="yellow" variant="light" role="status">
          {t('committees.sameName', { name: twin.name })}
        </Alert>
      )}
      <Group grow>
        <Select
          label={t('committees.parent')}
          placeholder={t('committees.noParent')}
          data={parents}
          searchable
          clearable
          {...form.getInputProps('parentCommitteeId')}
        />
        <Select
          label={t('members.level')}
          data={COMMITTEE_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          allowDeselect={false}
          {...form.getInputProps('level')}
        />
      </Group>
      <Group grow>
        <TextInput label={t('members.shortName')} {...form.getInputProps('shortName')} />
        <TextInput label={t('members.parentBody')} {...form.getInputProps('parentBody')} />
      </Group>
      <Group grow>
        <Select
          label={t('members.documentFormat')}
          data={DOCUMENT_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          allowDeselect={false}
          {...form.getInputProps('documentFormat')}
        />
        <TextInput label={t('members.placeName')} {...form.getInputProps('placeName')} />
      </Group>
      <Group grow>
        <TextInput label={t('members.conclusionSymbol')} {...form.getInputProps('conclusionSymbol')} />
      </Group>
    </FormModal>
  );
}

function toInput({ parentCommitteeId, ...rest }: Values) {
  return { ...rest, parentCommitteeId: parentCommitteeId ? Number(parentCommitteeId) : null };
}
