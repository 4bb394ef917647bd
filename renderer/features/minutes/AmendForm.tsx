import { Button, Group, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, Minutes, RichTextDoc } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AmendAttendance, attendanceInput } from './AmendAttendance';
import { MinutesEditor } from './MinutesEditor';
import { MinutesFieldsForm } from './MinutesFieldsForm';

/** An amendment of finalized minutes: the latest text and the attendance to change, and the reason (required). */
export function AmendForm({ minutes, onDone }: { minutes: Minutes; onDone: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(minutes.fields);
  const body = useRef<RichTextDoc>(minutes.body);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const amend = useCommandMutation('minutes.amend');
  const sheet = useCommand('attendance.get', { meetingId: minutes.meetingId });
  // null: the attendance as it stands (not sent); the rows once the clerk changed one.
  const [attendance, setAttendance] = useState<AttendanceRow[] | null>(null);
  const submit = () => {
    if (reason.trim() === '') return setMissingReason(true);
    amend.mutate(
      { meetingId: minutes.meetingId, expectedRevision: minutes.revision, reason, fields, body: body.current, ...(attendance ? { attendance: attendance.map(attendanceInput) } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <section aria-label={t('minutes.amendTitle')}>
      <Title order={3} size="h4" mb="sm">
        {t('minutes.amendTitle')}
      </Title>
      <Textarea
        label={t('minutes.reason')}
        required
        className="grow-textarea"
        mb="md"
        value={reason}
        error={missingReason ? t('common.required') : undefined}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissingReason(false);
        }}
      />
      <MinutesFieldsForm value={fields} onChange={setFields} />
      <MinutesEditor initial={minutes.body} label={t('minutes.body')} onChange={(doc) => (body.current = doc)} />
      {sheet.data && sheet.data.rows.length > 0 && <AmendAttendance rows={attendance ?? sheet.data.rows} onChange={setAttendance} />}
      {amend.isError && <ErrorAlert error={amend.error} />}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button loading={amend.isPending} onClick={submit}>
          {t('minutes.saveAmendment')}
        </Button>
      </Group>
    </section>
  );
}
