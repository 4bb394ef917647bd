import { Button, Group, Select, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAGE_MAX_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { DateField } from '../../ui/DateField';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';

export function RosterTab({ committeeId }: { committeeId: number | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // null: today, as the main side reckons it in the archive's time zone.
  const [asOf, setAsOf] = useState<string | null>(null);
  // An impossible date typed in the field: nothing is printed until it is corrected.
  const [dateValid, setDateValid] = useState(true);
  const today = useToday();
  const committees = useCommand('committees.list', { limit: PAGE_MAX_LIMIT });
  const selected = committeeId ?? committees.data?.items[0]?.id;
  const roster = useCommand('roster.get', { committeeId: selected ?? 0, ...(asOf ? { asOf } : {}) }, selected !== undefined);
  const shownDate = asOf ?? roster.data?.asOf ?? today ?? null;

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
            <DateField label={t('common.asOf')} value={shownDate} onChange={setAsOf} onValidityChange={setDateValid} w={150} />
            <Button
              leftSection={<IconPrinter size={16} />}
              variant="default"
              disabled={!selected || !dateValid}
              onClick={() => selected && navigate(`/print/roster/${selected}${shownDate ? `?asOf=${shownDate}` : ''}`)}
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
