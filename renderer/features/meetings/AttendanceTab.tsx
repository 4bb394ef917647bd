import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, MeetingDetail } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { type AttendanceChange, AttendanceRowView } from './AttendanceRowView';
import { awayOfficers } from './attendance-warnings';
import { MeetingError } from './MeetingError';

const who = (row: AttendanceRow) => (row.kind === 'member' ? { personId: row.personId ?? 0 } : { guestId: row.guestId ?? 0 });

function SheetTable({ label, rows, editable, save }: { label: string; rows: AttendanceRow[]; editable: boolean; save: (row: AttendanceRow, change: AttendanceChange) => void }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('common.index')}</Table.Th>
          <Table.Th>{t('members.fullName')}</Table.Th>
          <Table.Th>{t('meetings.attendance.state')}</Table.Th>
          <Table.Th>
            {t('meetings.attendance.reason')} / {t('meetings.attendance.repName')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          <AttendanceRowView key={`${row.kind}-${row.personId ?? row.guestId}`} row={row} index={i + 1} editable={editable} save={save} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Điểm danh: every member of the meeting day's roster and every guest; "Có mặt x/y". */
export function AttendanceTab({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const sheet = useCommand('attendance.get', { meetingId: meeting.id });
  const set = useCommandMutation('attendance.set');
  const save = (row: AttendanceRow, change: AttendanceChange) => set.mutate({ meetingId: meeting.id, rows: [{ ...who(row), ...change }] });

  return (
    <QueryState query={sheet}>
      {(s) => {
        const members = s.rows.filter((r) => r.kind === 'member');
        const guests = s.rows.filter((r) => r.kind === 'guest');
        const unrecorded = s.rows.filter((r) => r.status === null);
        return (
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <div>
                <Text fz={22} fw={700} className="attendance-line" role="status" aria-live="polite">
                  {t('meetings.attendance.line', { present: s.summary.present, members: s.summary.members })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('meetings.attendance.summary', { ...s.summary })}
                  {s.summary.guests > 0 && ` · ${t('meetings.attendance.guestsLine', { present: s.summary.guestsPresent, total: s.summary.guests })}`}
                </Text>
              </div>
              {editable && unrecorded.length > 0 && (
                <Button
                  size="sm"
                  variant="default"
                  leftSection={<IconChecks size={16} />}
                  loading={set.isPending}
                  onClick={() => set.mutate({ meetingId: meeting.id, rows: unrecorded.map((r) => ({ ...who(r), status: 'present' as const })) })}
                >
                  {t('meetings.attendance.allPresent')}
                </Button>
              )}
            </Group>
            {editable && (
              <Text size="xs" c="dimmed">
                {t('meetings.attendance.hint')}
              </Text>
            )}
            {awayOfficers(meeting, s.rows).map((o) => (
              <Alert key={o.role} color="orange" variant="light" role="alert" icon={<IconAlertTriangle size={18} />}>
                {t(o.role === 'chair' ? 'meetings.attendance.chairAway' : 'meetings.attendance.secretaryAway', {
                  name: o.name,
                  state: t(o.status === 'absent' ? 'meetings.attendance.awayAbsent' : 'meetings.attendance.awayRepresented'),
                })}
              </Alert>
            ))}
            {set.error != null && <MeetingError error={set.error} />}
            <Text fw={600}>{t('meetings.attendance.members', { date: formatDate(s.asOf) })}</Text>
            {members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('meetings.attendance.noMembers')}
              </Text>
            ) : (
              <SheetTable label={t('meetings.attendance.members', { date: formatDate(s.asOf) })} rows={members} editable={editable} save={save} />
            )}
            {guests.length > 0 && (
              <>
                <Text fw={600}>{t('meetings.attendance.guests')}</Text>
                <SheetTable label={t('meetings.attendance.guests')} rows={guests} editable={editable} save={save} />
              </>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
