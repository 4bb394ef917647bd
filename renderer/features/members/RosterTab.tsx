import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconHistory, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RosterMember } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { DateField } from '../../ui/DateField';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { AppointForm } from './AppointForm';
import { EndMembershipForm } from './EndMembershipForm';
import { RosterOutputs } from './RosterOutputs';
import { roleLabel } from './role-label';
import { setRosterDate, useRosterDate } from './roster-date';
import { useChosenCommittee } from './use-chosen-committee';

export function RosterTab({ committeeId }: { committeeId: number | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  // The chosen date lives in a small store, so it stays while the clerk moves around;
  // a ?date= in the address (a link, a reload) chooses it too. null: today (the main side's).
  const chosen = useRosterDate();
  const linked = search.get('date');
  useEffect(() => {
    if (linked && /^\d{4}-\d{2}-\d{2}$/.test(linked)) setRosterDate(linked);
  }, [linked]);
  const asOf = linked && /^\d{4}-\d{2}-\d{2}$/.test(linked) ? linked : chosen;
  // An impossible date typed in the field: nothing is printed or exported until it is corrected.
  const [dateValid, setDateValid] = useState(true);
  const today = useToday();
  const { committees, selected } = useChosenCommittee(committeeId);
  const roster = useCommand('roster.get', { committeeId: selected ?? 0, ...(asOf ? { asOf } : {}) }, selected !== undefined);
  const shownDate = asOf ?? roster.data?.asOf ?? today ?? null;
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<RosterMember | null>(null);

  const choose = (date: string) => {
    setRosterDate(date);
    setSearch({ date }, { replace: true });
  };

  return (
    <QueryState query={committees} isEmpty={(c) => c.items.length === 0} empty={t('members.noCommittees')}>
      {() => (
        <>
          <Group align="flex-end" mb="md" gap="sm" wrap="nowrap">
            <CommitteePicker
              label={t('members.committee')}
              value={selected ?? null}
              onChange={(id) => navigate(`/members/roster/${id}${asOf ? `?date=${asOf}` : ''}`)}
            />
            <DateField label={t('common.asOf')} value={shownDate} onChange={choose} onValidityChange={setDateValid} w={140} />
            {selected !== undefined && <RosterOutputs committeeId={selected} date={shownDate} disabled={!dateValid} />}
          </Group>
          {selected !== undefined && (
            <Group gap="xs" mb="sm">
              <Button size="sm" leftSection={<IconUserPlus size={16} />} onClick={() => setAppointing(true)}>
                {t('roster.appoint')}
              </Button>
              <Button size="sm" variant="default" leftSection={<IconUsersGroup size={16} />} component={Link} to={`/members/reconstitute/${selected}`}>
                {t('reconstitute.open')}
              </Button>
              <Button size="sm" variant="subtle" leftSection={<IconHistory size={16} />} component={Link} to={`/members/committee-history/${selected}`}>
                {t('history.committee')}
              </Button>
            </Group>
          )}
          {selected !== undefined && (
            <QueryState query={roster} isEmpty={(r) => r.members.length === 0} empty={t('members.noMembers')}>
              {(r) => (
                <>
                  {r.truncated && (
                    <Text size="sm" c="var(--mantine-color-orange-light-color)" mb="xs">
                      {t('members.rosterTruncated', { count: r.members.length })}
                    </Text>
                  )}
                  <Table withTableBorder striped highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('members.tabRoster')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th className="num">{t('common.index')}</Table.Th>
                        <Table.Th>{t('members.fullName')}</Table.Th>
                        <Table.Th>{t('members.position')}</Table.Th>
                        <Table.Th>{t('members.role')}</Table.Th>
                        <Table.Th>{t('members.duty')}</Table.Th>
                        <Table.Th>{t('members.since')}</Table.Th>
                        <Table.Th>{t('members.decision')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.members.map((m, i) => (
                        <Table.Tr key={m.membershipId}>
                          <Table.Td className="num">{i + 1}</Table.Td>
                          <Table.Td fw={500} className="nowrap">
                            <Anchor component={Link} to={`/members/person/${m.personId}`} className="name-link">
                              {m.fullName}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{m.position ?? t('common.none')}</Table.Td>
                          <Table.Td className="nowrap">{roleLabel(t, m.role, m.roleName)}</Table.Td>
                          <Table.Td>
                            <Text size="sm" c={m.duty ? undefined : 'dimmed'}>
                              {m.duty ?? t('common.none')}
                            </Text>
                          </Table.Td>
                          <Table.Td className="nowrap">{formatDate(m.fromDate)}</Table.Td>
                          <Table.Td className="nowrap">{m.decisionNumber ?? t('common.none')}</Table.Td>
                          <Table.Td>
                            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setEnding(m)} aria-label={`${t('roster.end')}: ${m.fullName}`}>
                              {t('roster.end')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </>
              )}
            </QueryState>
          )}
          {appointing && selected !== undefined && <AppointForm committeeId={selected} onClose={() => setAppointing(false)} />}
          {ending && <EndMembershipForm committeeId={selected ?? 0} member={ending} onClose={() => setEnding(null)} />}
        </>
      )}
    </QueryState>
  );
}
