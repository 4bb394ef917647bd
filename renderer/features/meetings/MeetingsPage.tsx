import { Badge, Group, Select, Table } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CommandInput, MEETING_KINDS, MEETING_STATUSES, type MeetingKind, type MeetingStatus } from '../../../electron/contract';
import { heldRows, useCommand, useCommandPages } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { VirtualTable } from '../../ui/VirtualTable';
import { formatDate, formatTime } from '../../ui/format';
import { useToday } from '../../ui/use-today';

const STATUS_COLOR = { draft: 'gray', invited: 'cyan', held: 'blue', minutes_finalized: 'green', cancelled: 'red' } as const;
/** The year filter's choices: next year and the 29 before it, counted from the archive's today. */
const yearsUpTo = (today: string | undefined) =>
  today ? Array.from({ length: 30 }, (_, i) => String(Number(today.slice(0, 4)) + 1 - i)) : [];

export function MeetingsPage() {
  const years = yearsUpTo(useToday());
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Omit<CommandInput<'meetings.list'>, 'cursor'>>({});
  const set = (patch: Partial<typeof filter>) => setFilter((f) => ({ ...f, ...patch }));
  const committees = useCommand('committees.list', { limit: 200 });
  const meetings = useCommandPages('meetings.list', filter);
  const { rows, offset } = useMemo(() => heldRows(meetings.data), [meetings.data]);
  const none = t('common.none');
  return (
    <>
      <PageHeader title={t('meetings.title')} />
      <Group mb="sm" gap="sm" align="flex-end">
        <Select
          label={t('members.committee')}
          placeholder={t('meetings.all')}
          data={(committees.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={filter.committeeId ? String(filter.committeeId) : null}
          onChange={(v) => set({ committeeId: v ? Number(v) : undefined })}
          clearable
          searchable
          w={360}
        />
        <Select
          label={t('meetings.year')}
          placeholder={t('meetings.all')}
          data={years}
          value={filter.year ? String(filter.year) : null}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
          clearable
          w={110}
        />
        <Select
          label={t('meetings.kind')}
          placeholder={t('meetings.all')}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          value={filter.kind ?? null}
          onChange={(v) => set({ kind: (v as MeetingKind | null) ?? undefined })}
          clearable
          w={150}
        />
        <Select
          label={t('meetings.status')}
          placeholder={t('meetings.all')}
          data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.statuses.${s}`) }))}
          value={filter.status ?? null}
          onChange={(v) => set({ status: (v as MeetingStatus | null) ?? undefined })}
          clearable
          w={180}
        />
      </Group>
      <QueryState query={meetings} isEmpty={() => rows.length === 0 && offset === 0} empty={t('meetings.none')}>
        {() => (
          <VirtualTable
            label={t('meetings.title')}
            rows={rows}
            offset={offset}
            columns={8}
            rowKey={(m) => m.id}
            hasMore={meetings.hasNextPage}
            loadingMore={meetings.isFetchingNextPage}
            loadMore={() => void meetings.fetchNextPage()}
            hasPrevious={meetings.hasPreviousPage}
            loadingPrevious={meetings.isFetchingPreviousPage}
            loadPrevious={() => void meetings.fetchPreviousPage()}
            head={
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
            }
            row={(m, measure) => (
              <Table.Tr {...measure}>
                <Table.Td className="nowrap">{formatDate(m.startsAt)}</Table.Td>
                <Table.Td className="nowrap">
                  {formatTime(m.startsAt)}
                  {m.endsAt ? `–${formatTime(m.endsAt)}` : ''}
                </Table.Td>
                <Table.Td>{m.title}</Table.Td>
                <Table.Td className="nowrap">{t(`meetings.kinds.${m.kind}`)}</Table.Td>
                <Table.Td className="nowrap">{m.chairName ?? none}</Table.Td>
                <Table.Td>{m.place ?? none}</Table.Td>
                <Table.Td className="nowrap">
                  <Badge variant="light" color={STATUS_COLOR[m.status]} tt="none" className="badge-fit">
                    {t(`meetings.statuses.${m.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td className="num">{m.conclusionCount}</Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </QueryState>
    </>
  );
}
