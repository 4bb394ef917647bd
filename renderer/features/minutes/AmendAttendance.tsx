import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../electron/contract';
import { type AttendanceChange, AttendanceRowView } from '../meetings/AttendanceRowView';

/** What minutes.amend takes for one attendance row. */
export function attendanceInput(row: AttendanceRow) {
  return {
    ...(row.kind === 'member' ? { personId: row.personId ?? 0 } : { guestId: row.guestId ?? 0 }),
    status: row.status,
    reason: row.reason,
    representativeName: row.representativeName,
    representativePosition: row.representativePosition,
  };
}

/**
 * The attendance as the amendment will record it: once the minutes are finalized it changes only
 * with an amendment (minutes.amend `attendance`), and the printed "có mặt x/y" follows it.
 */
export function AmendAttendance({ rows, onChange }: { rows: AttendanceRow[]; onChange: (rows: AttendanceRow[]) => void }) {
  const { t } = useTranslation();
  const save = (row: AttendanceRow, change: AttendanceChange) => onChange(rows.map((r) => (r === row ? { ...r, ...change } : r)));
  const present = rows.filter((r) => r.kind === 'member' && r.status === 'present').length;
  const members = rows.filter((r) => r.kind === 'member').length;
  return (
    <section aria-label={t('amendAttendance.title')}>
      <Title order={4} size="h5" mt="md" mb={4}>
        {t('amendAttendance.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" role="status" aria-live="polite">
        {t('meetings.attendance.line', { present, members })} · {t('amendAttendance.hint')}
      </Text>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('amendAttendance.title')} mb="md">
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
            <AttendanceRowView key={`${row.kind}-${row.personId ?? row.guestId}`} row={row} index={i + 1} editable save={save} />
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
