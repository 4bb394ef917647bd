import { Button, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditedEntity } from '../../../electron/contract';
import { heldRows, useCommand, useCommandPages } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { auditLabel, formatDateTime } from './format-audit';
import { mergeEntry } from './merge-entry';
import { Link } from 'react-router';

/** The audit log's entries for one record, newest first, a page at a time. */
export function AuditList({ entity, entityId }: { entity: AuditedEntity; entityId: number }) {
  const { t } = useTranslation();
  const audit = useCommandPages('audit.history', { entity, entityId });
  const { rows } = useMemo(() => heldRows(audit.data), [audit.data]);
  const timeZone = useCommand('clock.today', {}).data?.timeZone;
  return (
    <QueryState query={audit} isEmpty={() => rows.length === 0} empty={t('history.noAudit')}>
      {() => (
        <>
          <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('history.audit')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.when')}</Table.Th>
                <Table.Th>{t('history.what')}</Table.Th>
                <Table.Th>{t('history.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => {
                const merge = mergeEntry(a);
                const label = auditLabel(a);
                return (
                <Table.Tr key={a.id}>
                  <Table.Td className="nowrap">{formatDateTime(a.at, timeZone)}</Table.Td>
                  <Table.Td>
                    {merge ? (
                      <>
                        <Text span fw={500}>
                          {t('rosterFixes.merged')}
                        </Text>
                        {': '}
                        {t(merge.direction === 'into' ? 'rosterFixes.mergedInto' : 'rosterFixes.mergedFrom', {
                          name: merge.otherName ?? '…',
                          id: merge.otherId,
                        })}{' '}
                        {merge.direction === 'into' && (
                          <Link to={`/members/person/${merge.otherId}`}>{t('rosterFixes.openMerged')}</Link>
                        )}
                      </>
                    ) : (
                      t(label.key, { ...label.values, defaultValue: a.action })
                    )}
                    <Text span c="dimmed" size="xs">
                      {' '}
                      ({t(`history.entities.${a.entity}`, { defaultValue: a.entity })}
                      {a.entityId ? ` #${a.entityId}` : ''})
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.actor}</Table.Td>
                </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {audit.hasNextPage && (
            <Button mt="xs" size="xs" variant="default" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              {t('history.more')}
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}
