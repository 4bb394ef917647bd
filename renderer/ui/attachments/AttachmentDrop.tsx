import { Button, Group, Progress, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo, AttachmentTarget, CommandError } from '../../../electron/contract';
import { CommandFailure } from '../../api/hooks';
import { hasShellFiles, pickWithShell, uploadFile } from '../../api/files';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  target: AttachmentTarget;
  /** Called after each file is stored. */
  onStored(info: AttachmentInfo): void;
  pickLabel?: string;
}

/** A picker button and a drop zone: each file streams to the archive, with its progress. */
export function AttachmentDrop({ target, onStored, pickLabel }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<{ name: string; progress: number } | null>(null);
  const [error, setError] = useState<{ name: string; error: CommandError } | null>(null);
  const [over, setOver] = useState(false);

  async function store(files: File[]) {
    setError(null);
    for (const file of files) {
      setBusy({ name: file.name, progress: 0 });
      const result = await uploadFile(file, target, (progress) => setBusy({ name: file.name, progress }));
      setBusy(null);
      if (!result.ok) return setError({ name: file.name, error: result.error });
      onStored(result.value);
    }
  }

  async function pick() {
    if (!hasShellFiles()) return input.current?.click();
    setError(null);
    const result = await pickWithShell(target);
    if (result && !result.ok) setError({ name: '', error: result.error });
    else if (result) onStored(result.value);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void store([...event.dataTransfer.files]);
  };

  return (
    <div
      className={over ? 'attachment-drop attachment-drop-over' : 'attachment-drop'}
      role="group"
      aria-label={t('attachments.drop')}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Group gap="sm">
        <Button size="xs" variant="default" leftSection={<IconPaperclip size={14} />} onClick={() => void pick()} disabled={busy !== null}>
          {pickLabel ?? t('attachments.pick')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('attachments.drop')}
        </Text>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="attachment-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            void store(files);
          }}
        />
      </Group>
      {busy && (
        <div>
          <Text size="xs">{t('attachments.uploading', { name: busy.name })}</Text>
          <Progress value={busy.progress * 100} size="sm" aria-label={t('attachments.uploading', { name: busy.name })} />
        </div>
      )}
      {error &&
        (error.error.code === 'TOO_LARGE' ? (
          <Text size="sm" c="red.8" role="alert">
            {t('attachments.tooLarge', { name: error.name })}
          </Text>
        ) : error.error.code === 'VALIDATION' && error.error.issues?.some((i) => i.message === 'empty_file') ? (
          <Text size="sm" c="red.8" role="alert">
            {t('attachments.empty', { name: error.name })}
          </Text>
        ) : (
          <ErrorAlert error={new CommandFailure(error.error)} />
        ))}
    </div>
  );
}
