import { Button } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypeXls } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportedFile } from '../../../electron/contract';
import { saveExportedFile } from './save-exported-file';

/** A download button of a print view: asks the core for the file's bytes and hands them to the browser. */
export function ExportButton({ label, kind, fetchFile, onError, disabled }: { label: string; kind: 'docx' | 'xlsx'; fetchFile: () => Promise<ExportedFile>; onError: (error: unknown) => void; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onError(null);
    try {
      saveExportedFile(await fetchFile());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const Icon = kind === 'docx' ? IconFileTypeDocx : IconFileTypeXls;
  return (
    <Button variant="default" leftSection={<Icon size={16} />} loading={busy} disabled={disabled} onClick={() => void download()}>
      {label}
    </Button>
  );
}
