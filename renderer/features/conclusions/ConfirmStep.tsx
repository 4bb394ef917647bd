import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Props {
  title: string;
  question: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}

/** "Do this step?" with its consequence said; the refusal, if any, in the clerk's words. Cancel has the focus. */
export function ConfirmStep({ title, question, onConfirm, onClose, pending, error }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} lockScroll={false}>
      <Stack gap="sm">
        <Text size="sm">{question}</Text>
        {error != null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button loading={pending} onClick={onConfirm}>
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
