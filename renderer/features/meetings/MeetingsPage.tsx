import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MEETING_KINDS, MEETING_STATUSES } from '../../../electron/contract';
import { heldRows, useCommandPages } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { VirtualTable } from '../../ui/VirtualTable';
import { formatDate, formatTime } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { MeetingForm } from './MeetingForm';
import { STATUS_COLOR } from './status-color';
import './meetings.css';

/** The year filter's choices: next year and the 29 before it, counted from the archive's today. */
const yearsUpTo = (today: string | undefined) =>
  today ? Array.from({ length: 30 }, (_, i) => String(Number(today.slice(0, 4)) + 1 - i)) : [];

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

/** ↑/↓ from a meeting's link to the next or previous row's (the list is a table of links). */
function moveBetweenRows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = event.currentTarget.closest('tr');
  let next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  while (next && !next.querySelector('a')) next = event.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling;
  const link = next?.querySelector('a');
  if (!link) return;
  event.preventDefault();
  link.focus();
  link.scrollIntoView({ block: 'nearest' });
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const years = yearsUpTo(useToday());
  // The filters live in the address, so coming back from a meeting keeps them.
  const [params, setParams] = useSearchParams();
  const filter = {
    committeeId: Number(params.get('committee')) || undefined,
    year: Number(params.get('year')) || undefined,
    kind: oneOf(MEETING_KINDS, params.get('kind')),
    status: oneOf(MEETING_STATUSES, params.get('status')),
  };
  const set = (key: string, value: string | null | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const input = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
  const meetings = useCommandPages('meetings.list', input);
  const { rows, offset } = useMemo(() => heldRows(meetings.data), [meetings.data]);
  const [creating, setCreating] = useState(false);
  const filtered = Object.keys(input).length > 0;

  return (
    <>
      <PageHeader title={t('meetings.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('meetings.create')}
        </Button>
      </PageHeader>
      <Group mb="sm" gap="sm" align="flex-end">
        <CommitteePicker
          label={t('meetings.committee')}
          placeholder={t('meetings.all')}
          value={filter.committeeId ?? null}
          onChange={(id) => set('committee', id ? String(id) : null)}
          clearable
          w={380}
        />
        <Select
          label={t('meetings.year')}
          placeholder={t('meetings.all')}
          data={years}
          value={filter.year ? String(filter.year) : null}
          onChange={(v) => set('year', v)}
          clearable
          searchable
          w={110}
        />
        <Select
          label={t('meetings.kind')}
          placeholder={t('meetings.all')}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          value={filter.kind ?? null}
          onChange={(v) => set('kind', v)}
          clearable
          w={150}
        />
        <Select
          label={t('meetings.status')}
          placeholder={t('meetings.all')}
          data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.statuses.${s}`) }))}
          value={filter.status ?? null}
          onChange={(v) => set('status', v)}
          clearable
          w={200}
        />
        <Text size="xs" c="dimmed" pb={8}>
          {t('meetings.listHint')}
        </Text>
      </Group>
      <QueryState query={meetings} isEmpty={() => rows.length === 0 && offset === 0} empty={filtered ? t('meetings.noneFiltered') : t('meetings.none')}>
        {() => (
          <VirtualTable
            label={t('meetings.title')}
            rows={rows}
            offset={offset}
            columns={6}
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
                <Table.Th>{t('meetings.committee')}</Table.Th>
                <Table.Th>{t('meetings.kind')}</Table.Th>
                <Table.Th className="nowrap">{t('meetings.status')}</Table.Th>
              </Table.Tr>
            }
            row={(m, measure) => (
              <Table.Tr {...measure} className="meeting-row" onClick={() => navigate(`/meetings/${m.id}`)}>
                <Table.Td className="nowrap">{formatDate(m.startsAt)}</Table.Td>
                <Table.Td className="nowrap">
                  {formatTime(m.startsAt)}
                  {m.endsAt ? `–${formatTime(m.endsAt)}` : ''}
                </Table.Td>
                <Table.Td fw={500}>
                  <Anchor component={Link} to={`/meetings/${m.id}`} className="name-link" onKeyDown={moveBetweenRows} onClick={(e) => e.stopPropagation()}>
                    {m.title}
                  </Anchor>
                  {(m.chairName || m.place) && (
                    <Text size="xs" c="dimmed">
                      {[m.chairName && `${t('meetings.chair')}: ${m.chairName}`, m.place].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.committeeName}</Table.Td>
                <Table.Td className="nowrap">{t(`meetings.kinds.${m.kind}`)}</Table.Td>
                <Table.Td className="nowrap">
                  <Badge variant="light" color={STATUS_COLOR[m.status]} tt="none" className="badge-fit">
                    {t(`meetings.statuses.${m.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </QueryState>
      {creating && <MeetingForm meeting={null} committeeId={filter.committeeId} onClose={() => setCreating(false)} />}
    </>
  );
}

