import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDate, formatTime } from '../../ui/format';

const STATUS_COLOR = { draft: 'gray', held: 'blue', minutes_approved: 'green' } as const;

export function MeetingsPage() {
  const { t } = useTranslation();
  const meetings = useCommand('meetings.list', {});
  return (
    <>
      <PageHeader title={t('meetings.title')} />
      <QueryState query={meetings} isEmpty={(m) => m.length === 0} empty={t('meetings.none')}>
        {(list) => (
          <Table withTableBorder striped highlightOnHover aria-label={t('meetings.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.date')}</Table.Th>
                <Table.Th>{t('meetings.time')}</Table.Th>
                <Table.Th>{t('meetings.name')}</Table.Th>
                <Table.Th>{t('meetings.kind')}</Table.Th>
                <Table.Th>{t('meetings.chair')}</Table.Th>
                <Table.Th>{t('meetings.place')}</Table.Th>
                <Table.Th>{t('meetings.status')}</Table.Th>
                <Table.Th className="num">{t('meetings.conclusions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td className="nowrap">{formatDate(m.startsAt)}</Table.Td>
                  <Table.Td className="nowrap">
                    {formatTime(m.startsAt)}
                    {m.endsAt ? `–${formatTime(m.endsAt)}` : ''}
                  </Table.Td>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td className="nowrap">{t(`meetings.kinds.${m.kind}`)}</Table.Td>
                  <Table.Td className="nowrap">{m.chairName ?? t('common.none')}</Table.Td>
                  <Table.Td>{m.place ?? t('common.none')}</Table.Td>
                  <Table.Td className="nowrap">
                    <Badge variant="light" color={STATUS_COLOR[m.status]} tt="none" className="badge-fit">
                      {t(`meetings.statuses.${m.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="num">{m.conclusionCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
