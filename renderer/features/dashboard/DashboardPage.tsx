import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionChase, DashboardCounts } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { actionsListHref } from '../actions/action-filter-params';
import { ChasePanel } from './ChasePanel';
import { FigureLink } from './FigureLink';
import { StatusTable } from './StatusTable';
import './dashboard.css';

/** The dashboard asks for the meetings it shows, no more. */
const RECENT_MEETINGS = 5;

function Figures({ counts: c, chase }: { counts: DashboardCounts; chase: ActionChase | undefined }) {
  const { t } = useTranslation();
  const figure = (key: 'open' | 'overdue') => chase?.figures.find((f) => f.key === key);
  const open = figure('open');
  const overdue = figure('overdue');
  return (
    <div className="grid-6">
      <FigureLink label={t('dashboard.committees')} value={c.committees} to="/members/committees" />
      <FigureLink label={t('dashboard.activeMembers')} value={c.activeMembers} to="/members" />
      <FigureLink label={t('dashboard.meetings')} value={c.meetings} to="/meetings" />
      <FigureLink label={t('dashboard.conclusions')} value={c.conclusions} to="/conclusions" />
      {open && <FigureLink label={t('dashboard.openActions')} value={open.count} to={actionsListHref(open.filter)} />}
      {overdue && (
        <FigureLink label={t('actionStatus.overdue')} value={overdue.count} color={overdue.count > 0 ? 'red.8' : undefined} to={actionsListHref(overdue.filter)} />
      )}
    </div>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const counts = useCommand('dashboard.counts', {});
  const chase = useCommand('actions.chase', {});
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
            <Figures counts={c} chase={chase.data} />
            <div className="grid-2">
              <QueryState query={chase}>{(data) => <ChasePanel chase={data} />}</QueryState>
              <Stack gap="md">
                <Card withBorder padding="sm">
                  <Text fw={600} mb="xs">
                    {t('dashboard.actionsTitle')}
                  </Text>
                  <StatusTable counts={c.actions} asOf={c.asOf} />
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
              </Stack>
            </div>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
