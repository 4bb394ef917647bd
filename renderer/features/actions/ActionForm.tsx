import { Checkbox, Group, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ActionDetail, ActionOwner, OwnerRef } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';
import { useToday } from '../../ui/use-today';
import { CoOwnersField } from './CoOwnersField';
import type { OwnerChoice } from './OwnerSelect';
import { OwnerSelect } from './OwnerSelect';

interface Props {
  /** null: a new standalone action (of `committeeId` when given), or one from `conclusionItemId`. */
  action: ActionDetail | null;
  committeeId?: number;
  conclusionItemId?: number;
  onClose: () => void;
}

interface Values {
  committeeId: number | null;
  title: string;
  description: string;
  noDeadline: boolean;
  deadline: string | null;
  assignedOn: string | null;
  owner: OwnerChoice | null;
  coOwners: OwnerChoice[];
}

const choiceOf = (o: ActionOwner): OwnerChoice => ({ owner: o.personId !== null ? { personId: o.personId } : { unitName: o.unitName ?? o.name }, label: o.name });

function initialValues(action: ActionDetail | null, committeeId?: number): Values {
  const lead = action?.owners.find((o) => o.lead);
  return {
    committeeId: action?.committeeId ?? committeeId ?? null,
    title: action?.title ?? '',
    description: action?.description ?? '',
    noDeadline: action ? action.deadline === null : false,
    deadline: action?.deadline ?? null,
    assignedOn: action?.assignedOn ?? null,
    owner: lead ? choiceOf(lead) : null,
    coOwners: (action?.owners ?? []).filter((o) => !o.lead).map(choiceOf),
  };
}

/** Create or edit an action: what, who leads it (a member or a unit), who works with them, by when. */
export function ActionForm({ action, committeeId, conclusionItemId, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const create = useCommandMutation('actions.create');
  const update = useCommandMutation('actions.update');
  const standalone = !action && conclusionItemId === undefined;
  const form = useForm<Values>({
    initialValues: initialValues(action, committeeId),
    validate: {
      committeeId: (v) => (standalone && !v ? t('common.required') : null),
      title: (v) => (v.trim() ? null : t('common.required')),
      owner: (v) => (v ? null : t('actions.owner.required')),
      deadline: (v, values) => (!values.noDeadline && !v ? t('actions.form.deadlineHint') : null),
    },
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    const fields = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      deadline: values.noDeadline ? null : values.deadline,
      ...(values.assignedOn ? { assignedOn: values.assignedOn } : {}),
      owner: values.owner!.owner,
      coOwners: values.coOwners.map((c): OwnerRef => c.owner),
    };
    try {
      if (action) await update.mutateAsync({ id: action.id, ...fields });
      else {
        const created = await create.mutateAsync(conclusionItemId !== undefined ? { conclusionItemId, ...fields } : { committeeId: values.committeeId!, ...fields });
        navigate(`/actions/${created.id}`);
      }
      onClose();
    } catch {
      // Shown by the form from the mutation's state; nothing was written.
    }
  });
  const day = v.assignedOn ?? today ?? null;
  return (
    <FormModal
      dirty={form.isDirty()}
      title={action ? t('actions.editTitle') : t('actions.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={create.error ?? update.error}
    >
      {standalone && (
        <CommitteePicker
          label={t('actions.form.committee')}
          w="100%"
          value={v.committeeId}
          onChange={(id) => form.setFieldValue('committeeId', id)}
          required
          error={form.errors.committeeId as string | undefined}
        />
      )}
      <Textarea label={t('actions.form.title')} required autosize minRows={2} maxRows={6} data-autofocus {...form.getInputProps('title')} />
      <OwnerSelect
        label={t('actions.owner.lead')}
        value={v.owner}
        onChange={(c) => form.setFieldValue('owner', c)}
        committeeId={v.committeeId}
        day={day}
        allowNewUnit
        required
        error={form.errors.owner as string | undefined}
      />
      <CoOwnersField value={v.coOwners} onChange={(next) => form.setFieldValue('coOwners', next)} lead={v.owner} committeeId={v.committeeId} day={day} />
      <Group align="flex-end" grow>
        <DateField label={t('actions.form.assignedOn')} value={v.assignedOn} onChange={(iso) => form.setFieldValue('assignedOn', iso)} />
        {!v.noDeadline && (
          <DateField label={t('actions.form.deadline')} value={v.deadline} onChange={(iso) => form.setFieldValue('deadline', iso)} error={form.errors.deadline as string | undefined} required />
        )}
      </Group>
      <Checkbox label={t('actions.noDeadline')} {...form.getInputProps('noDeadline', { type: 'checkbox' })} />
      <TextInput label={t('actions.form.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
