import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiscardPrompt } from './DiscardPrompt';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** The failed save, shown in the user's language; nothing was written. */
  error: unknown;
  /**
   * Whether the clerk changed anything: closing a changed form by Esc, the X or a click
   * outside asks before discarding; an untouched form closes at once.
   */
  dirty: boolean;
  children: ReactNode;
}

/** A record's form in a dialog: fields, the error of a failed save, Cancel and Save (Enter). */
export function FormModal({ title, onClose, onSubmit, saving, error, dirty, children }: Props) {
  const { t } = useTranslation();
  const discard = useDiscardPrompt(dirty, onClose);
  return (
    // While asking, Esc (or another click outside) keeps editing.
    <Modal opened onClose={discard.asking ? discard.keep : discard.request} title={title} size="lg" lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          {error != null && <ErrorAlert error={error} />}
          {discard.prompt}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
