import { Anchor, Button, Group, Pagination, Table, Text } from '@mantine/core';
import { IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type ActionListFilter, PAGE_DEFAULT_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { ActionFilters } from './ActionFilters';
import { ActionForm } from './ActionForm';
import { ActionStatusBadge } from './ActionStatusBadge';
import { filterFromParams, filterToParams, listInput } from './action-filter-params';
import { reportHref } from './report-params';
import './actions.css';

/**
 * Nhiệm vụ, `#/actions?…`: the actions the filters in the address select (a dashboard figure
 * links here with its own), their status derived by the core as of the chosen day, a page at a
 * time, with the total the dashboard counted.
 */
export function ActionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useCommand('actions.list', { ...listInput(filter), limit: PAGE_DEFAULT_LIMIT, offset: (page - 1) * PAGE_DEFAULT_LIMIT });
  const [creating, setCreating] = useState(false);
  const setFilter = (next: ActionListFilter) => setParams(filterToParams(next), { replace: true });
  const setPage = (n: number) =>
    setParams(
      (p) => {
        if (n > 1) p.set('page', String(n));
        else p.delete('page');
        return p;
      },
      { replace: true },
    );
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader title={t('actions.title')}>
        <Button variant="default" component={Link} to={reportHref({ committeeId: filter.committeeId, asOf: filter.asOf })} leftSection={<IconReportAnalytics size={16} />}>
          {t('actions.report.open')}
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('actions.create')}
        </Button>
      </PageHeader>
      <ActionFilters filter={filter} onChange={setFilter} />
      <QueryState query={list}>
        {(data) => {
          const first = data.items.length ? (page - 1) * PAGE_DEFAULT_LIMIT + 1 : 0;
          const pages = Math.max(1, Math.ceil(data.total / PAGE_DEFAULT_LIMIT));
          return (
            <>
              <Group justify="space-between" mb={6}>
                <Text size="sm" fw={600} data-testid="actions-total">
                  {t('actions.total', { count: data.total })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('actions.asOfLine', { date: formatDate(data.asOf) })}
                  {data.total > PAGE_DEFAULT_LIMIT && ` · ${t('actions.range', { from: first, to: first + data.items.length - 1, count: data.total })}`}
                </Text>
              </Group>
              {data.items.length === 0 ? (
                <Text c="dimmed" py="md">
                  {filtered ? t('actions.noneFiltered') : t('actions.none')}
                </Text>
              ) : (
                <Table withTableBorder striped highlightOnHover aria-label={t('actions.title')} className="actions-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('common.index')}</Table.Th>
                      <Table.Th>{t('actions.columns.title')}</Table.Th>
                      <Table.Th>{t('actions.columns.owner')}</Table.Th>
                      <Table.Th className="nowrap">{t('actions.columns.deadline')}</Table.Th>
                      <Table.Th className="nowrap">{t('actions.columns.completedOn')}</Table.Th>
                      <Table.Th>{t('actions.columns.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((a, i) => (
                      <Table.Tr key={a.id}>
                        <Table.Td className="num">{first + i}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/actions/${a.id}`} size="sm" fw={500}>
                            {a.title}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {[a.conclusionNumber !== null && t('actions.conclusionNo', { number: String(a.conclusionNumber).padStart(2, '0') }), a.committeeName]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>{a.leadOwner?.name ?? t('common.none')}</Table.Td>
                        <Table.Td className="nowrap">{a.deadline ? formatDate(a.deadline) : t('actions.noDeadline')}</Table.Td>
                        <Table.Td className="nowrap">{a.completedOn ? formatDate(a.completedOn) : ''}</Table.Td>
                        <Table.Td>
                          <ActionStatusBadge status={a.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {pages > 1 && (
                <Group justify="center" mt="sm">
                  <Pagination total={pages} value={page} onChange={setPage} aria-label={t('actions.pages')} size="sm" />
                </Group>
              )}
            </>
          );
        }}
      </QueryState>
      {creating && <ActionForm action={null} committeeId={filter.committeeId} onClose={() => setCreating(false)} />}
    </>
  );
}
