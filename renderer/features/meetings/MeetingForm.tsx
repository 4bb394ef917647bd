import { Box, Group, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MEETING_KINDS, type MeetingDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { FormModal } from '../../ui/FormModal';
import { TimeInput } from '../../ui/TimeInput';
import { MeetingError } from './MeetingError';
import { MeetingPersonSelect, type PersonChoice } from './MeetingPersonSelect';
import { type MeetingFormValues, emptyMeetingValues, meetingFormErrors, meetingInput, valuesFromMeeting } from './meeting-form-values';

interface Props {
  /** null: a new meeting (of `committeeId` when given). */
  meeting: MeetingDetail | null;
  committeeId?: number;
  onClose: () => void;
}

const choice = (id: string | null, label: string | null): PersonChoice | null => (id ? { personId: Number(id), label: label ?? '' } : null);

/** Create or edit a meeting; a new one opens on its page once saved. */
export function MeetingForm({ meeting, committeeId, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCommandMutation('meetings.create');
  const update = useCommandMutation('meetings.update');
  const form = useForm<MeetingFormValues>({
    initialValues: meeting ? valuesFromMeeting(meeting) : emptyMeetingValues(committeeId),
    validate: (values) => meetingFormErrors(values, t),
  });
  // The chosen people's labels, so the boxes keep showing them.
  const [labels, setLabels] = useState({ chair: meeting?.chairName ?? null, secretary: meeting?.secretaryName ?? null });
  const pick = (role: 'chair' | 'secretary') => (c: PersonChoice | null) => {
    const person = c && 'personId' in c ? c : null;
    setLabels((l) => ({ ...l, [role]: person?.label ?? null }));
    form.setFieldValue(role === 'chair' ? 'chairPersonId' : 'secretaryPersonId', person ? String(person.personId) : null);
  };
  const v = form.values;
  const committee = v.committeeId ? Number(v.committeeId) : null;

  const submit = form.onSubmit(async (values) => {
    try {
      const { committeeId: committeeOf, ...fields } = meetingInput(values);
      if (meeting) await update.mutateAsync({ id: meeting.id, ...fields });
      else {
        const created = await create.mutateAsync({ committeeId: committeeOf, ...fields });
        navigate(`/meetings/${created.id}`);
      }
      onClose();
    } catch {
      // Shown below from the mutation's state; nothing was written.
    }
  });
  const failed = create.error ?? update.error;

  return (
    <FormModal dirty={form.isDirty()}
      title={meeting ? t('meetings.editTitle') : t('meetings.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={null}
    >
      <Group align="flex-start" wrap="nowrap">
        <Box flex={1}>
        {meeting ? (
          <TextInput label={t('meetings.committee')} value={meeting.committeeName} readOnly variant="filled" />
        ) : (
          <CommitteePicker
            label={t('meetings.committee')}
            w="100%"
            value={committee}
            onChange={(id) => form.setFieldValue('committeeId', id ? String(id) : null)}
            required
            error={form.errors.committeeId as string | undefined}
          />
        )}
        </Box>
        <Select
          label={t('meetings.kind')}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          allowDeselect={false}
          required
          w={200}
          {...form.getInputProps('kind')}
        />
      </Group>
      <TextInput label={t('meetings.name')} required data-autofocus {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <DateField
          label={t('meetings.form.startDate')}
          value={v.startDate}
          onChange={(iso) => form.setFieldValue('startDate', iso)}
          error={form.errors.startDate as string | undefined}
          required
        />
        <TimeInput
          label={t('meetings.form.startTime')}
          required
          value={v.startTime}
          onChange={(typed) => form.setFieldValue('startTime', typed)}
          error={form.errors.startTime as string | undefined}
        />
        <DateField
          label={t('meetings.form.endDate')}
          value={v.endDate}
          onChange={(iso) => form.setFieldValue('endDate', iso)}
          error={form.errors.endDate as string | undefined}
        />
        <TimeInput
          label={t('meetings.form.endTime')}
          value={v.endTime}
          onChange={(typed) => form.setFieldValue('endTime', typed)}
          error={form.errors.endTime as string | undefined}
        />
      </Group>
      <TextInput label={t('meetings.place')} {...form.getInputProps('place')} />
      <Group grow align="flex-start">
        <MeetingPersonSelect
          label={t('meetings.chair')}
          committeeId={committee}
          day={v.startDate}
          value={choice(v.chairPersonId, labels.chair)}
          onChange={pick('chair')}
          error={form.errors.chairPersonId as string | undefined}
        />
        <MeetingPersonSelect
          label={t('meetings.secretary')}
          committeeId={committee}
          day={v.startDate}
          value={choice(v.secretaryPersonId, labels.secretary)}
          onChange={pick('secretary')}
          error={form.errors.secretaryPersonId as string | undefined}
        />
      </Group>
      <Textarea label={t('meetings.notes')} className="grow-textarea" {...form.getInputProps('notes')} />
      {failed != null && <MeetingError error={failed} />}
    </FormModal>
  );
}
