import { Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/hooks';
import { saveExportedFile } from './save-exported-file';

/**
 * "Word" button of a meeting document's print view: the same invitation or minutes as .docx;
 * with `version`, that version of finalized minutes (the versions list's "Tải .docx bản này").
 */
export function MeetingDocxButton({
  kind,
  meetingId,
  version,
  label,
  ariaLabel,
  size,
  disabled,
  onError,
}: {
  kind: 'invitation' | 'minutes';
  meetingId: number;
  version?: number;
  label?: string;
  ariaLabel?: string;
  size?: 'xs' | 'sm';
  disabled?: boolean;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onError(null);
    try {
      saveExportedFile(
        kind === 'invitation'
          ? await call('invitations.exportDocx', { meetingId })
          : await call('minutes.exportDocx', { meetingId, ...(version !== undefined ? { version } : {}) }),
      );
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" size={size} aria-label={ariaLabel} leftSection={<IconFileTypeDocx size={16} />} loading={busy} disabled={disabled} onClick={() => void download()}>
      {label ?? t('print.downloadDocx')}
    </Button>
  );
}
