import { ActionIcon, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconFileTypeDocx, IconPencil, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail, MeetingGuest } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { ConfirmRemove } from './ConfirmRemove';
import { GuestForm } from './GuestForm';
import { IssueInvitation } from './IssueInvitation';
import { MeetingError } from './MeetingError';
import { downloadInvitationDocx } from './invitation-docx';

/** Giấy mời: its number, print and Word, and who is invited (the day's roster, then the guests). */
export function InvitationTab({ meeting: m, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const remove = useCommandMutation('guests.remove');
  const invitees = useCommand('meetings.invitees', { meetingId: m.id });
  const [editing, setEditing] = useState<MeetingGuest | 'new' | null>(null);
  const [removing, setRemoving] = useState<MeetingGuest | null>(null);
  const [docx, setDocx] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const none = t('common.none');
  const saveDocx = async () => {
    setDocx({ busy: true, error: null });
    try {
      await downloadInvitationDocx(m.id);
      setDocx({ busy: false, error: null });
    } catch (error) {
      setDocx({ busy: false, error });
    }
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('meetings.invitation.number')}
            </Text>
            <Text fw={600}>
              {m.invitation ? t('meetings.invitation.issued', { symbol: m.invitation.symbol, date: formatDate(m.invitation.issuedOn) }) : t('meetings.invitation.notIssued')}
            </Text>
          </div>
          <Group gap="xs">
            {!m.invitation && editable && <IssueInvitation meeting={m} />}
            <Button variant="default" leftSection={<IconPrinter size={16} />} component={Link} to={`/print/invitation/${m.id}`}>
              {t('meetings.invitation.print')}
            </Button>
            <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={docx.busy} onClick={() => void saveDocx()}>
              {t('meetings.invitation.docx')}
            </Button>
          </Group>
        </Group>
        {docx.error != null && <MeetingError error={docx.error} />}
      </Card>

      <QueryState query={invitees}>
        {(list) => {
          const members = list.invitees.filter((i) => i.kind === 'member');
          return (
            <div>
              <Text fw={600} mb={4}>
                {t('meetings.invitation.members', { date: formatDate(list.asOf), count: members.length })}
              </Text>
              {list.truncated && (
                <Text size="sm" c="orange.8">
                  {t('meetings.invitation.truncated')}
                </Text>
              )}
              {members.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('meetings.invitation.noMembers')}
                </Text>
              ) : (
                <Table withTableBorder striped verticalSpacing={4} fz="sm" aria-label={t('meetings.invitation.members', { date: formatDate(list.asOf), count: members.length })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th className="num">{t('common.index')}</Table.Th>
                      <Table.Th>{t('members.fullName')}</Table.Th>
                      <Table.Th>{t('members.position')}</Table.Th>
                      <Table.Th>{t('meetings.invitation.role')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {members.map((p, i) => (
                      <Table.Tr key={p.personId}>
                        <Table.Td className="num">{i + 1}</Table.Td>
                        <Table.Td fw={500}>{p.fullName}</Table.Td>
                        <Table.Td>{p.position ?? none}</Table.Td>
                        <Table.Td className="nowrap">{p.roleName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </div>
          );
        }}
      </QueryState>

      <div>
        <Group justify="space-between" mb={4}>
          <Text fw={600}>{t('meetings.invitation.guests', { count: m.guests.length })}</Text>
          {editable && (
            <Button size="sm" variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('meetings.invitation.addGuest')}
            </Button>
          )}
        </Group>
        {m.guests.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetings.invitation.noGuests')}
          </Text>
        ) : (
          <Table withTableBorder striped verticalSpacing={4} fz="sm" aria-label={t('meetings.attendance.guests')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t('common.index')}</Table.Th>
                <Table.Th>{t('members.fullName')}</Table.Th>
                <Table.Th>{t('members.position')}</Table.Th>
                <Table.Th>{t('members.organisation')}</Table.Th>
                <Table.Th w={80}>
                  <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.guests.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td className="num">{g.order}</Table.Td>
                  <Table.Td fw={500}>{g.fullName}</Table.Td>
                  <Table.Td>{g.position ?? none}</Table.Td>
                  <Table.Td>{g.organisation ?? none}</Table.Td>
                  <Table.Td>
                    {editable && (
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon variant="subtle" onClick={() => setEditing(g)} aria-label={t('meetings.invitation.editGuestNamed', { name: g.fullName })}>
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red" onClick={() => (remove.reset(), setRemoving(g))} aria-label={t('meetings.invitation.removeGuest', { name: g.fullName })}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
      {editing && <GuestForm meetingId={m.id} guest={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmRemove
          title={t('meetings.invitation.removeGuestTitle')}
          question={t('meetings.invitation.removeGuestAsk', { name: removing.fullName })}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutateAsync({ id: removing.id }).then(() => setRemoving(null), () => undefined)}
        />
      )}
    </Stack>
  );
}
