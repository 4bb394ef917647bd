import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CONCLUSION_STATUSES } from '../../../electron/contract';
import { heldRows, useCommandPages } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { VirtualTable } from '../../ui/VirtualTable';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { ConclusionCreateForm } from './ConclusionCreateForm';
import { CONCLUSION_STATUS_COLOR } from './status-color';
import './conclusions.css';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => ((list as readonly string[]).includes(v ?? '') ? (v as T) : undefined);

/** Thông báo kết luận, `#/conclusions?committee=&year=&status=`: the notices, newest first, a page at a time. */
export function ConclusionsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const years = today ? Array.from({ length: 30 }, (_, i) => String(Number(today.slice(0, 4)) + 1 - i)) : [];
  const [params, setParams] = useSearchParams();
  const filter = {
    committeeId: Number(params.get('committee')) || undefined,
    year: Number(params.get('year')) || undefined,
    status: oneOf(CONCLUSION_STATUSES, params.get('status')),
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
  const list = useCommandPages('conclusions.list', input);
  const { rows, offset } = useMemo(() => heldRows(list.data), [list.data]);
  const [creating, setCreating] = useState(false);
  const filtered = Object.keys(input).length > 0;
  return (
    <>
      <PageHeader title={t('conclusions.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('conclusions.create')}
        </Button>
      </PageHeader>
      <Group mb="sm" gap="sm" align="flex-end">
        <CommitteePicker label={t('conclusions.committee')} placeholder={t('conclusions.all')} value={filter.committeeId ?? null} onChange={(id) => set('committee', id ? String(id) : null)} clearable w={380} />
        <Select label={t('conclusions.year')} placeholder={t('conclusions.all')} data={years} value={filter.year ? String(filter.year) : null} onChange={(v) => set('year', v)} clearable searchable w={110} />
        <Select
          label={t('conclusions.status')}
          placeholder={t('conclusions.all')}
          data={CONCLUSION_STATUSES.map((s) => ({ value: s, label: t(`conclusions.statuses.${s}`) }))}
          value={filter.status ?? null}
          onChange={(v) => set('status', v)}
          clearable
          w={180}
        />
      </Group>
      <QueryState query={list} isEmpty={() => rows.length === 0 && offset === 0} empty={filtered ? t('conclusions.noneFiltered') : t('conclusions.none')}>
        {() => (
          <VirtualTable
            label={t('conclusions.title')}
            rows={rows}
            offset={offset}
            columns={5}
            rowKey={(c) => c.id}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            loadMore={() => void list.fetchNextPage()}
            hasPrevious={list.hasPreviousPage}
            loadingPrevious={list.isFetchingPreviousPage}
            loadPrevious={() => void list.fetchPreviousPage()}
            head={
              <Table.Tr>
                <Table.Th className="nowrap">{t('conclusions.number')}</Table.Th>
                <Table.Th>{t('conclusions.date')}</Table.Th>
                <Table.Th>{t('conclusions.summary')}</Table.Th>
                <Table.Th>{t('conclusions.committee')}</Table.Th>
                <Table.Th className="nowrap">{t('conclusions.status')}</Table.Th>
              </Table.Tr>
            }
            row={(c, measure) => (
              <Table.Tr {...measure}>
                <Table.Td className="nowrap">{c.numberText ?? <Text span size="sm" c="dimmed">{t('conclusions.notNumbered')}</Text>}</Table.Td>
                <Table.Td className="nowrap">{formatDate(c.datedOn)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/conclusions/${c.id}`} size="sm" fw={500}>
                    {c.title}
                  </Anchor>
                  {c.meetingTitle && (
                    <Text size="xs" c="dimmed">
                      {t('conclusions.meeting')}: {c.meetingTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.committeeName}</Table.Td>
                <Table.Td className="nowrap">
                  <Badge variant="light" color={CONCLUSION_STATUS_COLOR[c.status]} tt="none" className="badge-fit">
                    {t(`conclusions.statuses.${c.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </QueryState>
      {creating && <ConclusionCreateForm committeeId={filter.committeeId} onClose={() => setCreating(false)} />}
    </>
  );
}
