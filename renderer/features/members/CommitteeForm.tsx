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
  issuingBody: string;
  symbol: string;
  timeZone: string;
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
  const excluded = committee ? subtreeIds(committees, committee.id) : new Set<number>();
  const parents = committees.filter((c) => !excluded.has(c.id)).map((c) => ({ value: String(c.id), label: c.name }));
  const parentId = form.values.parentCommitteeId ? Number(form.values.parentCommitteeId) : null;
  const twin = sameNameSibling(committees, form.values.name, parentId, committee?.id);

  const submit = form.onSubmit(async (values) => {
    try {
      const { parentCommitteeId, ...fields } = toInput(values);
      if (committee) {
        // Moving is its own command: the core refuses a loop (a committee under its own child).
        if (parentCommitteeId !== committee.parentCommitteeId) await move.mutateAsync({ id: committee.id, parentCommitteeId });
        await update.mutateAsync({ id: committee.id, ...fields });
      } else await create.mutateAsync({ ...fields, parentCommitteeId });
      onClose();
    } catch {
      // The failed step is shown below from its mutation; each step is its own transaction.
    }
  });

  return (
    <FormModal dirty={form.isDirty()}
      title={committee ? t('members.editCommittee') : t('members.addCommittee')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending || move.isPending}
      error={create.error ?? move.error ?? update.error}
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
