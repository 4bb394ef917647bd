import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDoc, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/hooks';
import { downloadBase64 } from '../../ui/download';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Export = 'roster.exportXlsx' | 'roster.exportDocx';

/** Print (the A4 view), XLSX and Word for the roster as of the chosen date. */
export function RosterOutputs({ committeeId, date, disabled = false }: { committeeId: number; date: string | null; disabled?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Export | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async (name: Export) => {
    setBusy(name);
    setError(null);
    try {
      const file = await call(name, { committeeId, ...(date ? { asOf: date } : {}) });
      downloadBase64(file.base64, file.fileName, file.mediaType);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          leftSection={<IconPrinter size={16} />}
          variant="default"
          disabled={disabled}
          onClick={() => navigate(`/print/roster/${committeeId}${date ? `?date=${date}` : ''}`)}
        >
          {t('members.print')}
        </Button>
        <Button leftSection={<IconFileSpreadsheet size={16} />} variant="default" disabled={disabled} loading={busy === 'roster.exportXlsx'} onClick={() => void save('roster.exportXlsx')}>
          {t('roster.exportXlsx')}
        </Button>
        <Button leftSection={<IconFileTypeDoc size={16} />} variant="default" disabled={disabled} loading={busy === 'roster.exportDocx'} onClick={() => void save('roster.exportDocx')}>
          {t('roster.exportDocx')}
        </Button>
      </Group>
      {error != null && <ErrorAlert error={error} />}
    </>
  );
}
