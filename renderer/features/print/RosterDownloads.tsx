import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/hooks';
import { saveExportedFile as saveFile } from './save-exported-file';

/** "Word" and "Excel" buttons of the roster's print view: the same roster, as .docx and .xlsx. */
export function RosterDownloads({ committeeId, asOf, onError }: { committeeId: number; asOf: string; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const download = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    onError(null);
    try {
      saveFile(await call(kind === 'docx' ? 'roster.exportDocx' : 'roster.exportXlsx', { committeeId, asOf }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={busy === 'docx'} onClick={() => void download('docx')}>
        {t('print.downloadDocx')}
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
        {t('print.downloadXlsx')}
      </Button>
    </>
  );
}
