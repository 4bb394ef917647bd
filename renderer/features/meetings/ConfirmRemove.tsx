import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MeetingError } from './MeetingError';

interface Props {
  title: string;
  question: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}

/** "Remove this?" with the refusal, if any, in the clerk's words. Cancel has the focus. */
export function ConfirmRemove({ title, question, onConfirm, onClose, pending, error }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{question}</Text>
        {error != null && <MeetingError error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
