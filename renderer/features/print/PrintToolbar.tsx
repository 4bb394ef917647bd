import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { PrintResult } from '../../../electron/contract';
import { shellBridge } from '../../api/transport';

/**
 * Print pattern: the Electron shell prints the route from a hidden window (printer or
 * Save as PDF); browser mode uses the browser's own print, which also saves PDF.
 * A failed or refused print is shown to the clerk, never taken for a cancel.
 */
export function PrintToolbar({ ready, actions, alert }: { ready: boolean; actions?: ReactNode; alert?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const shell = shellBridge();
  const [result, setResult] = useState<PrintResult | null>(null);
  const route = location.pathname + location.search;

  const print = async (mode: 'pdf' | 'printer') => {
    if (!shell) return window.print();
    setResult(null);
    try {
      setResult(await shell.print({ route, mode }));
    } catch (error) {
      // The bridge itself failed (e.g. the shell's handler is gone): a failure all the same.
      setResult({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="print-toolbar">
      <Group justify="space-between" p="xs">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(-1)}>
          {t('print.back')}
        </Button>
        <Group gap="xs">
          {result?.status === 'ok' && result.saved && <Text size="sm">{t('print.saved', { file: result.saved })}</Text>}
          {actions}
          {shell && (
            <Button variant="default" leftSection={<IconFileTypePdf size={16} />} disabled={!ready} onClick={() => void print('pdf')}>
              {t('print.savePdf')}
            </Button>
          )}
          <Button leftSection={<IconPrinter size={16} />} disabled={!ready} onClick={() => void print('printer')} autoFocus>
            {t('print.print')}
          </Button>
        </Group>
      </Group>
      {(result?.status === 'failed' || result?.status === 'refused') && (
        <Alert color="red" variant="light" m="xs" mt={0} title={t('errors.title')} icon={<IconAlertTriangle size={18} />} role="alert">
          {t(result.status === 'failed' ? 'print.failed' : 'print.refused')}
          {result.status === 'failed' && (
            <Text size="sm" mt={4}>
              {t('print.failedReason', { reason: result.reason })}
            </Text>
          )}
        </Alert>
      )}
      {alert}
    </div>
  );
}
