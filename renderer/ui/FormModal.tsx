import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * A record's form in a dialog: fields, the error of a failed save, Cancel and Save (Enter).
 * The one place that guards a filled form against an accidental close.
 */
export function FormModal({ title, onClose, onSubmit, saving, error, dirty, children }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  // Esc, the X, a click outside: asked first when something would be lost (Esc again keeps editing).
  const requestClose = () => {
    if (!dirty) onClose();
    else setAsking(true);
  };
  return (
    <Modal opened onClose={asking ? () => setAsking(false) : requestClose} title={title} size="lg" lockScroll={false}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          {error != null && <ErrorAlert error={error} />}
          {asking && (
            <Alert color="yellow" variant="light" role="alertdialog" aria-labelledby="discard-title" aria-describedby="discard-text" title={<span id="discard-title">{t('rosterFixes.discardTitle')}</span>}>
              <Text size="sm" id="discard-text">
                {t('rosterFixes.discardText')}
              </Text>
              <Group mt="xs" gap="xs">
                <Button ref={keep} size="xs" variant="default" onClick={() => setAsking(false)}>
                  {t('rosterFixes.keepEditing')}
                </Button>
                <Button size="xs" color="red" variant="light" onClick={onClose}>
                  {t('rosterFixes.discard')}
                </Button>
              </Group>
            </Alert>
          )}
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
