import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  COMMITTEE_LEVELS,
  type Committee,
  type CommitteeLevel,
  type CommitteeSaved,
  DOCUMENT_FORMATS,
  type DocumentFormat,
  commands,
} from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { FormModal } from '../../ui/FormModal';
import { fieldErrors } from '../../ui/form-errors';

interface Values {
  name: string;
  shortName: string;
  level: CommitteeLevel;
  parentCommitteeId: string | null;
  parentBody: string;
  placeName: string;
  documentFormat: DocumentFormat;
  conclusionSymbol: string;
  issuingBody: string;
  symbol: string;
  timeZone: string;
}

interface Props {
  committee: Committee | null;
  /** Closed: with the committee saved (its warnings from the core), or without a save. */
  onClose: (saved?: CommitteeSaved) => void;
}

/** Create or edit a committee; moving it is choosing another parent committee. */
export function CommitteeForm({ committee, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCommandMutation('committees.create');
  const update = useCommandMutation('committees.update');
  const move = useCommandMutation('committees.move');
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
      issuingBody: committee?.issuingBody ?? '',
      symbol: committee?.symbol ?? '',
      timeZone: committee?.timeZone ?? '',
    },
    validate: (values) => fieldErrors(commands['committees.create'].input, toInput(values), t),
  });
  const parentId = form.values.parentCommitteeId ? Number(form.values.parentCommitteeId) : null;

  const submit = form.onSubmit(async (values) => {
    try {
      const { parentCommitteeId, ...fields } = toInput(values);
      if (committee) {
        // Moving is its own command: the core refuses a loop (a committee under its own child).
        if (parentCommitteeId !== committee.parentCommitteeId) await move.mutateAsync({ id: committee.id, parentCommitteeId });
        onClose(await update.mutateAsync({ id: committee.id, ...fields }));
      } else onClose(await create.mutateAsync({ ...fields, parentCommitteeId }));
    } catch {
      // The failed step is shown below from its mutation; each step is its own transaction.
    }
  });

  return (
    <FormModal dirty={form.isDirty()}
      title={committee ? t('members.editCommittee') : t('members.addCommittee')}
      onClose={() => onClose()}
      onSubmit={submit}
      saving={create.isPending || update.isPending || move.isPending}
      error={create.error ?? move.error ?? update.error}
    >
      <TextInput label={t('members.name')} required data-autofocus {...form.getInputProps('name')} />
      <Group grow>
        {/* Any committee, searched by the core; a loop (under its own child) is refused on save. */}
        <CommitteePicker
          label={t('committees.parent')}
          placeholder={t('committees.noParent')}
          value={parentId}
          onChange={(id) => form.setFieldValue('parentCommitteeId', id !== null ? String(id) : null)}
          exclude={committee ? [committee.id] : undefined}
          clearable
          w="auto"
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
        <TextInput label={t('members.parentBody')} placeholder="Tỉnh ủy Thanh Hóa" {...form.getInputProps('parentBody')} />
      </Group>
      <fieldset className="plain-fieldset">
        <legend>{t('committees.settings')}</legend>
        <Select
          label={t('members.documentFormat')}
          data={DOCUMENT_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          allowDeselect={false}
          {...form.getInputProps('documentFormat')}
        />
        <TextInput label={t('committees.issuingBody')} placeholder="BAN CHỈ ĐẠO" {...form.getInputProps('issuingBody')} />
        <Group grow>
          <TextInput label={t('committees.symbol')} placeholder="BCĐ" {...form.getInputProps('symbol')} />
          <TextInput label={t('members.conclusionSymbol')} placeholder="TB/BCĐ" {...form.getInputProps('conclusionSymbol')} />
        </Group>
        <Group grow>
          <TextInput label={t('members.placeName')} placeholder="Thanh Hóa" {...form.getInputProps('placeName')} />
          <TextInput label={t('committees.timeZone')} placeholder={t('committees.timeZoneDefault')} {...form.getInputProps('timeZone')} />
        </Group>
      </fieldset>
    </FormModal>
  );
}

function toInput({ parentCommitteeId, timeZone, ...rest }: Values) {
  return { ...rest, timeZone: timeZone.trim() || null, parentCommitteeId: parentCommitteeId ? Number(parentCommitteeId) : null };
}
