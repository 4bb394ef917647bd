import { Button, Group, Select, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAGE_MAX_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate, todayIso } from '../../ui/format';

export function RosterTab({ committeeId }: { committeeId: number | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState<string>(todayIso());
  const committees = useCommand('committees.list', { limit: PAGE_MAX_LIMIT });
  const selected = committeeId ?? committees.data?.items[0]?.id;
  const roster = useCommand('roster.get', { committeeId: selected ?? 0, asOf }, selected !== undefined);

  return (
    <QueryState query={committees} isEmpty={(c) => c.items.length === 0} empty={t('members.noCommittees')}>
      {({ items: list }) => (
        <>
          <Group align="flex-end" mb="md" gap="sm">
            <Select
              label={t('members.committee')}
              data={list.map((c) => ({ value: String(c.id), label: c.name }))}
              value={selected ? String(selected) : null}
              onChange={(value) => value && navigate(`/members/roster/${value}`)}
              allowDeselect={false}
              w={520}
            />
            <DateInput
              label={t('common.asOf')}
              value={asOf}
              onChange={(value) => value && setAsOf(value)}
              valueFormat="DD/MM/YYYY"
              w={150}
            />
            <Button
              leftSection={<IconPrinter size={16} />}
              variant="default"
              disabled={!selected}
              onClick={() => selected && navigate(`/print/roster/${selected}?asOf=${asOf}`)}
            >
              {t('members.print')}
            </Button>
          </Group>
          {selected !== undefined && (
            <QueryState query={roster} isEmpty={(r) => r.members.length === 0} empty={t('members.noMembers')}>
              {(r) => (
                <>
                {r.truncated && (
                  <Text size="sm" c="orange.8" mb="xs">
                    {t('members.rosterTruncated', { count: r.members.length })}
                  </Text>
                )}
                <Table withTableBorder striped highlightOnHover aria-label={t('members.tabRoster')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th className="num">{t('common.index')}</Table.Th>
                      <Table.Th>{t('members.fullName')}</Table.Th>
                      <Table.Th>{t('members.position')}</Table.Th>
                      <Table.Th>{t('members.role')}</Table.Th>
                      <Table.Th>{t('members.duty')}</Table.Th>
                      <Table.Th>{t('members.since')}</Table.Th>
                      <Table.Th>{t('members.decision')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.members.map((m, i) => (
                      <Table.Tr key={m.membershipId}>
                        <Table.Td className="num">{i + 1}</Table.Td>
                        <Table.Td fw={500} className="nowrap">
                          {m.fullName}
                        </Table.Td>
                        <Table.Td>{m.position ?? t('common.none')}</Table.Td>
                        <Table.Td className="nowrap">{t(`roles.${m.role}`)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c={m.duty ? undefined : 'dimmed'}>
                            {m.duty ?? t('common.none')}
                          </Text>
                        </Table.Td>
                        <Table.Td className="nowrap">{formatDate(m.fromDate)}</Table.Td>
                        <Table.Td className="nowrap">{m.decisionNumber ?? t('common.none')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                </>
              )}
            </QueryState>
          )}
        </>
      )}
    </QueryState>
  );
}
