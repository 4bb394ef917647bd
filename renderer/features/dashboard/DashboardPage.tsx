import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionStatus, DashboardCounts } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { STATUS_COLORS, STATUS_ORDER } from './status-colors';

/** The dashboard asks for the meetings it shows, no more. */
const RECENT_MEETINGS = 5;

function Stat({ label, value, color, to }: { label: string; value: number; color?: string; to?: string }) {
  const body = (
    <Card withBorder padding="sm" radius="sm" h="100%" aria-label={`${label}: ${value}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text className="stat-value" fz={26} fw={700} c={color}>
        {value}
      </Text>
    </Card>
  );
  return to ? (
    <Anchor component={Link} to={to} underline="never" c="inherit" display="block" h="100%">
      {body}
    </Anchor>
  ) : (
    body
  );
}

function ActionTable({ counts }: { counts: DashboardCounts['actions'] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped aria-label={t('dashboard.actionsTitle')}>
      <Table.Tbody>
        {STATUS_ORDER.map((status: ActionStatus) => (
          <Table.Tr key={status}>
            <Table.Td>
              <Badge variant="dot" color={STATUS_COLORS[status]} size="md" tt="none" fw={500}>
                {t(`actionStatus.${status}`)}
              </Badge>
            </Table.Td>
            <Table.Td className="num">{counts[status]}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td fw={600}>{t('dashboard.total')}</Table.Td>
          <Table.Td className="num" fw={600}>
            {counts.total}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const counts = useCommand('dashboard.counts', {});
  const meetings = useCommand('meetings.list', { limit: RECENT_MEETINGS });
  return (
    <>
      <PageHeader title={t('dashboard.title')}>
        {counts.data && (
          <Text size="sm" c="dimmed">
            {t('dashboard.asOf', { date: formatDate(counts.data.asOf) })}
          </Text>
        )}
      </PageHeader>
      <QueryState query={counts}>
        {(c) => (
          <Stack gap="md">
            {c.committees === 0 && <Text c="dimmed">{t('dashboard.emptyArchive')}</Text>}
            <div className="grid-6">
              <Stat label={t('dashboard.committees')} value={c.committees} to="/members/committees" />
              <Stat label={t('dashboard.activeMembers')} value={c.activeMembers} to="/members" />
              <Stat label={t('dashboard.meetings')} value={c.meetings} to="/meetings" />
              <Stat label={t('dashboard.conclusions')} value={c.conclusions} />
              <Stat label={t('dashboard.openActions')} value={c.actions.open} />
              <Stat label={t('actionStatus.overdue')} value={c.actions.overdue} color={c.actions.overdue > 0 ? 'red.7' : undefined} />
            </div>
            <div className="grid-2">
              <Card withBorder padding="sm">
                <Text fw={600} mb="xs">
                  {t('dashboard.actionsTitle')}
                </Text>
                <ActionTable counts={c.actions} />
              </Card>
              <Card withBorder padding="sm">
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>{t('dashboard.recentMeetings')}</Text>
                  <Anchor component={Link} to="/meetings" size="sm">
                    {t('nav.meetings')}
                  </Anchor>
                </Group>
                <QueryState query={meetings} isEmpty={(m) => m.items.length === 0} empty={t('meetings.none')}>
                  {({ items }) => (
                    <Stack gap={6}>
                      {items.map((m) => (
                        <div key={m.id}>
                          <Anchor component={Link} to={`/meetings/${m.id}`} size="sm" fw={500}>
                            {m.title}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {formatDate(m.startsAt)} · {t(`meetings.kinds.${m.kind}`)} · {m.chairName ?? ''}
                          </Text>
                        </div>
                      ))}
                    </Stack>
                  )}
                </QueryState>
              </Card>
            </div>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
