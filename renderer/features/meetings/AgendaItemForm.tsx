import { Group, NumberInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgendaItem, type MeetingDetail, commands } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { FormModal } from '../../ui/FormModal';
import { fieldErrors } from '../../ui/form-errors';
import { MeetingError } from './MeetingError';
import { MeetingPersonSelect, type PersonChoice } from './MeetingPersonSelect';

interface Values {
  title: string;
  presenter: PersonChoice | null;
  plannedMinutes: number | string;
  notes: string;
}

function toInput(v: Values) {
  const p = v.presenter;
  return {
    title: v.title,
    presenterPersonId: p && 'personId' in p ? p.personId : null,
    presenterName: p && 'freeName' in p ? p.freeName : null,
    plannedMinutes: v.plannedMinutes === '' ? null : Number(v.plannedMinutes),
    notes: v.notes,
  };
}

/** Add or edit one agenda item: title, presenter (a member, anyone in the directory, or a name typed), planned minutes, notes. */
export function AgendaItemForm({ meeting, item, onClose }: { meeting: MeetingDetail; item: AgendaItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCommandMutation('agenda.add');
  const update = useCommandMutation('agenda.update');
  const [presenter] = useState<PersonChoice | null>(() => {
    if (item?.presenterPersonId) return { personId: item.presenterPersonId, label: item.presenterName ?? '' };
    return item?.presenterName ? { freeName: item.presenterName } : null;
  });
  const form = useForm<Values>({
    initialValues: { title: item?.title ?? '', presenter, plannedMinutes: item?.plannedMinutes ?? '', notes: item?.notes ?? '' },
    validate: (values) => fieldErrors(commands['agenda.add'].input, { meetingId: meeting.id, ...toInput(values) }, t),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (item) await update.mutateAsync({ id: item.id, ...toInput(values) });
      else await add.mutateAsync({ meetingId: meeting.id, ...toInput(values) });
      onClose();
    } catch {
      // Shown below; nothing was written.
    }
  });
  const failed = add.error ?? update.error;
  return (
    <FormModal dirty={form.isDirty()} title={item ? t('meetings.agenda.edit') : t('meetings.agenda.add')} onClose={onClose} onSubmit={submit} saving={add.isPending || update.isPending} error={null}>
      <TextInput label={t('meetings.agenda.itemTitle')} required data-autofocus {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <MeetingPersonSelect
          label={t('meetings.agenda.presenter')}
          description={t('meetings.agenda.presenterHint')}
          committeeId={meeting.committeeId}
          day={meeting.startsAt.slice(0, 10)}
          value={form.values.presenter}
          onChange={(c) => form.setFieldValue('presenter', c)}
          allowFreeName
          error={(form.errors.presenterName ?? form.errors.presenterPersonId) as string | undefined}
        />
        <NumberInput
          label={t('meetings.agenda.plannedMinutes')}
          description=" "
          min={1}
          max={1440}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('plannedMinutes')}
        />
      </Group>
      <Textarea label={t('meetings.notes')} className="grow-textarea" {...form.getInputProps('notes')} />
      {failed != null && <MeetingError error={failed} />}
    </FormModal>
  );
}
