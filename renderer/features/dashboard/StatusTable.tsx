import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionStatus, DashboardCounts } from '../../../electron/contract';
import { actionsListHref } from '../actions/action-filter-params';
import { STATUS_COLORS, STATUS_ORDER } from './status-colors';

/** Actions by derived status as of the day: each count opens the list of those actions. */
export function StatusTable({ counts, asOf }: { counts: DashboardCounts['actions']; asOf: string }) {
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
            <Table.Td className="num">
              <Anchor component={Link} to={actionsListHref({ statuses: [status], asOf })} aria-label={`${t(`actionStatus.${status}`)}: ${counts[status]}`}>
                {counts[status]}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td fw={600}>{t('dashboard.total')}</Table.Td>
          <Table.Td className="num" fw={600}>
            <Anchor component={Link} to={actionsListHref({ asOf })} aria-label={`${t('dashboard.total')}: ${counts.total}`}>
              {counts.total}
            </Anchor>
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
