import { Alert, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MEETING_EDITABLE_STATUSES, type MeetingDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { formatDate } from '../../ui/format';
import { MeetingError } from './MeetingError';
import { meetingWhen } from './meeting-when';
import { MeetingForm } from './MeetingForm';
import { StatusSteps } from './StatusSteps';

function person(name: string | null, position: string | null, none: string): string {
  return name ? [name, position].filter(Boolean).join(', ') : none;
}

/** Thông tin: the meeting's details, its status and the next steps. */
export function InfoTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useCommandMutation('meetings.delete');
  const none = t('common.none');
  const editable = MEETING_EDITABLE_STATUSES.includes(m.status);
  const facts: Array<[string, string]> = [
    [t('meetings.committee'), m.committeeName],
    [t('meetings.kind'), t(`meetings.kinds.${m.kind}`)],
    [t('meetings.info.when'), meetingWhen(m)],
    [t('meetings.place'), m.place ?? none],
    [t('meetings.chair'), person(m.chairName, m.chairPosition, none)],
    [t('meetings.secretary'), person(m.secretaryName, m.secretaryPosition, none)],
    [t('meetings.info.agenda'), t('meetings.info.agendaCount', { count: m.agenda.length })],
    [t('meetings.info.invitation'), m.invitation ? t('meetings.invitation.issued', { symbol: m.invitation.symbol, date: formatDate(m.invitation.issuedOn) }) : t('meetings.invitation.notIssued')],
    [t('meetings.info.attendance'), t('meetings.attendance.line', { present: m.attendance.present, members: m.attendance.members })],
    [t('meetings.notes'), m.notes ?? none],
  ];

  return (
    <div className="grid-2">
      <Card withBorder padding="md">
        <dl className="meeting-facts" aria-label={t('meetings.page.tabs.info')}>
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <Group gap="xs" mt="md">
          <Button size="sm" variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} disabled={!editable}>
            {t('meetings.info.edit')}
          </Button>
          {m.status === 'draft' && (
            <Button size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => (remove.reset(), setDeleting(true))}>
              {t('meetings.info.delete')}
            </Button>
          )}
        </Group>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text fw={600}>{t('meetings.info.nextSteps')}</Text>
          {m.status === 'cancelled' && m.cancelReason && (
            <Alert color="red" variant="light" title={t('meetings.info.cancelReason')}>
              {m.cancelReason}
            </Alert>
          )}
          {!editable && (
            <Text size="sm" c="dimmed">
              {t('meetings.info.locked', { status: t(`meetings.statuses.${m.status}`).toLowerCase() })}
            </Text>
          )}
          <StatusSteps meeting={m} />
        </Stack>
      </Card>
      {editing && <MeetingForm meeting={m} onClose={() => setEditing(false)} />}
      {deleting && (
        <Modal opened onClose={() => setDeleting(false)} title={t('meetings.info.delete')} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack gap="sm">
            <Text size="sm">{t('meetings.info.deleteAsk', { title: m.title })}</Text>
            {remove.error != null && <MeetingError error={remove.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(false)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutateAsync({ id: m.id }).then(() => navigate('/meetings'), () => undefined)}>
                {t('meetings.info.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </div>
  );
}
