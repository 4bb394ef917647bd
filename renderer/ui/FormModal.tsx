import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** The failed save, shown in the user's language; nothing was written. */
  error: unknown;
  children: ReactNode;
}

/** A record's form in a dialog: fields, the error of a failed save, Cancel and Save (Enter). */
export function FormModal({ title, onClose, onSubmit, saving, error, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size="lg" lockScroll={false}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          {error != null && <ErrorAlert error={error} />}
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
