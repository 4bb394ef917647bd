import { Anchor, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionChase, ChaseFigure } from '../../../electron/contract';
import { actionsListHref } from '../actions/action-filter-params';
import { reportHref } from '../actions/report-params';
import { FigureLink } from './FigureLink';

const FIGURE_COLORS: Record<ChaseFigure['key'], string | undefined> = {
  overdue: 'red.8',
  due_soon: 'orange.9',
  done_this_month: 'green.9',
  open: undefined,
};

/**
 * Đôn đốc: overdue, due within N days, done this month, and open actions by owner. Every
 * number is a link to the actions list with the filter the core counted it with.
 */
export function ChasePanel({ chase }: { chase: ActionChase }) {
  const { t } = useTranslation();
  const label = (f: ChaseFigure) => t(`actions.chase.figures.${f.key}`, { days: chase.dueSoonDays });
  const shown = chase.figures.filter((f) => f.key !== 'open');
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {t('actions.chase.title')}
        </Title>
        <Button size="xs" variant="default" component={Link} to={reportHref({ committeeId: chase.committeeId ?? undefined, asOf: chase.asOf })} leftSection={<IconReportAnalytics size={14} />}>
          {t('actions.chase.report')}
        </Button>
      </Group>
      <div className="grid-3">
        {shown.map((f) => (
          <FigureLink key={f.key} label={label(f)} value={f.count} color={f.count > 0 ? FIGURE_COLORS[f.key] : undefined} to={actionsListHref(f.filter)} />
        ))}
      </div>
      <Text fw={600} size="sm" mt="sm" mb={4}>
        {t('actions.chase.byOwner')}
      </Text>
      {chase.byOwner.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actions.chase.noOwners')}
        </Text>
      ) : (
        <Table withTableBorder striped aria-label={t('actions.chase.byOwner')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('actions.owner.lead')}</Table.Th>
              <Table.Th className="num">{t('actions.chase.openCount')}</Table.Th>
              <Table.Th className="num">{t('actions.chase.overdueCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {chase.byOwner.map((o) => (
              <Table.Tr key={o.owner.personId !== null ? `p${o.owner.personId}` : `u${o.owner.unitName ?? o.owner.name}`}>
                <Table.Td>{o.owner.name}</Table.Td>
                <Table.Td className="num">
                  <Anchor component={Link} to={actionsListHref(o.filter)} aria-label={`${o.owner.name} — ${t('actions.chase.openCount')}: ${o.open}`}>
                    {o.open}
                  </Anchor>
                </Table.Td>
                <Table.Td className="num">
                  <Anchor component={Link} to={actionsListHref(o.overdueFilter)} c={o.overdue > 0 ? 'red.8' : undefined} aria-label={`${o.owner.name} — ${t('actions.chase.overdueCount')}: ${o.overdue}`}>
                    {o.overdue}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
