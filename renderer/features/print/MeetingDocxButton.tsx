import { Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/hooks';
import { saveExportedFile } from './save-exported-file';

/** "Word" button of a meeting document's print view: the same invitation or minutes as .docx. */
export function MeetingDocxButton({ kind, meetingId, disabled, onError }: { kind: 'invitation' | 'minutes'; meetingId: number; disabled?: boolean; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onError(null);
    try {
      saveExportedFile(await call(kind === 'invitation' ? 'invitations.exportDocx' : 'minutes.exportDocx', { meetingId }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={busy} disabled={disabled} onClick={() => void download()}>
      {t('print.downloadDocx')}
    </Button>
  );
}
