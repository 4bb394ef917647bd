import { ActionIcon, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../ErrorAlert';

/** Where a file is linked: a meeting or one of its agenda items. */
export type UnlinkFrom = { meetingId: number } | { agendaItemId: number };

/**
 * "Bỏ liên kết" of one file, after asking: the link goes, the file stays in the archive (it
 * shows among the files nothing uses, in Settings, where it can be deleted).
 */
export function UnlinkAttachment({ file, from }: { file: AttachmentInfo; from: UnlinkFrom }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const unlink = useCommandMutation('attachments.unlink');
  const close = () => {
    unlink.reset();
    setAsking(false);
  };
  return (
    <>
      <ActionIcon variant="subtle" color="red" aria-label={t('meetingReview.attachments.unlinkNamed', { name: file.fileName })} onClick={() => setAsking(true)}>
        <IconLinkOff size={16} />
      </ActionIcon>
      {asking && (
        <Modal opened onClose={close} title={t('meetingReview.attachments.unlinkTitle')} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack gap="sm">
            <Text size="sm">{t('meetingReview.attachments.unlinkAsk', { name: file.fileName })}</Text>
            <Text size="sm" c="gray.7">
              {t('meetingReview.attachments.unlinkKeeps')}
            </Text>
            {unlink.error != null && <ErrorAlert error={unlink.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={unlink.isPending} onClick={() => unlink.mutate({ attachmentId: file.id, ...from }, { onSuccess: close })}>
                {t('meetingReview.attachments.unlink')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
