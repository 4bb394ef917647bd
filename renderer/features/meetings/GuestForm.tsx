import { Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type MeetingGuest, commands } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { FormModal } from '../../ui/FormModal';
import { fieldErrors } from '../../ui/form-errors';
import { MeetingError } from './MeetingError';

interface Values {
  fullName: string;
  position: string;
  organisation: string;
}

/** Add or edit a guest of the meeting: name, position, organisation. */
export function GuestForm({ meetingId, guest, onClose }: { meetingId: number; guest: MeetingGuest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCommandMutation('guests.add');
  const update = useCommandMutation('guests.update');
  const form = useForm<Values>({
    initialValues: { fullName: guest?.fullName ?? '', position: guest?.position ?? '', organisation: guest?.organisation ?? '' },
    validate: (values) => fieldErrors(commands['guests.add'].input, { meetingId, ...values }, t),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (guest) await update.mutateAsync({ id: guest.id, ...values });
      else await add.mutateAsync({ meetingId, ...values });
      onClose();
    } catch {
      // Shown below; nothing was written.
    }
  });
  const failed = add.error ?? update.error;
  return (
    <FormModal dirty={form.isDirty()} title={guest ? t('meetings.invitation.editGuest') : t('meetings.invitation.addGuest')} onClose={onClose} onSubmit={submit} saving={add.isPending || update.isPending} error={null}>
      <TextInput label={t('members.fullName')} required data-autofocus {...form.getInputProps('fullName')} />
      <Group grow align="flex-start">
        <TextInput label={t('members.position')} {...form.getInputProps('position')} />
        <TextInput label={t('members.organisation')} {...form.getInputProps('organisation')} />
      </Group>
      {failed != null && <MeetingError error={failed} />}
    </FormModal>
  );
}
