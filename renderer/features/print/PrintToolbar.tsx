import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { shellBridge } from '../../api/transport';

/**
 * Print pattern: the Electron shell prints the route from a hidden window (printer or
 * Save as PDF); browser mode uses the browser's own print, which also saves PDF.
 */
export function PrintToolbar({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const shell = shellBridge();
  const [saved, setSaved] = useState<string | null>(null);
  const route = location.pathname + location.search;

  const print = async (mode: 'pdf' | 'printer') => {
    if (!shell) return window.print();
    const result = await shell.print({ route, mode });
    setSaved(result.saved);
  };

  return (
    <Group className="print-toolbar" justify="space-between" p="xs">
      <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(-1)}>
        {t('print.back')}
      </Button>
      <Group gap="xs">
        {saved && <Text size="sm">{saved}</Text>}
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
  );
}
