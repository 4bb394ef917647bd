import { Anchor, Button, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { heldRows, useCommandPages } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';

/** A person's roles across committees, newest first: role, position as written, dates, decisions. */
export function PersonRoles({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const roles = useCommandPages('people.history', { personId });
  const { rows } = useMemo(() => heldRows(roles.data), [roles.data]);
  const none = t('common.none');
  return (
    <QueryState query={roles} isEmpty={() => rows.length === 0} empty={t('history.noRoles')}>
      {() => (
        <>
          <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('history.roles')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.committee')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('roster.positionInDecision')}</Table.Th>
                <Table.Th>{t('members.since')}</Table.Th>
                <Table.Th>{t('history.until')}</Table.Th>
                <Table.Th>{t('members.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/members/roster/${m.committeeId}?date=${m.fromDate}`} size="sm">
                      {m.committeeName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td className="nowrap">{m.roleName}</Table.Td>
                  <Table.Td>{m.position ?? none}</Table.Td>
                  <Table.Td className="nowrap">{formatDate(m.fromDate)}</Table.Td>
                  <Table.Td className="nowrap">{m.toDate ? formatDate(m.toDate) : t('history.ongoing')}</Table.Td>
                  <Table.Td className="nowrap">
                    {m.decisionNumber ?? none}
                    {m.endDecisionNumber && (
                      <Text size="xs" c="dimmed">
                        {t('history.endedBy', { number: m.endDecisionNumber })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {roles.hasNextPage && (
            <Button mt="xs" size="xs" variant="default" onClick={() => void roles.fetchNextPage()}>
              {t('history.more')}
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}
