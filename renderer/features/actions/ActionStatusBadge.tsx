import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../electron/contract';
import { STATUS_COLORS } from '../dashboard/status-colors';

/** A derived status in the tracking vocabulary (DESIGN.md): its words, with its colour as a dot, never colour alone. */
export function ActionStatusBadge({ status, size = 'md' }: { status: ActionStatus | null; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (status === null) return null;
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} size={size} tt="none" fw={500} className="badge-fit" data-status={status}>
      {t(`actionStatus.${status}`)}
    </Badge>
  );
}
