import { ActionIcon, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../electron/contract';
import { heldRows, useCommandMutation, useCommandPages } from '../../api/hooks';
import { ErrorAlert } from '../ErrorAlert';
import { formatDate } from '../format';
import { formatSize } from './attachment-format';

function DeleteOrphan({ file }: { file: AttachmentInfo }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const remove = useCommandMutation('attachments.delete');
  const close = () => {
    remove.reset();
    setAsking(false);
  };
  return (
    <>
      <ActionIcon variant="subtle" color="red" aria-label={t('meetingReview.orphans.deleteNamed', { name: file.fileName })} onClick={() => setAsking(true)}>
        <IconTrash size={16} />
      </ActionIcon>
      {asking && (
        <Modal opened onClose={close} title={t('meetingReview.orphans.deleteTitle')} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack gap="sm">
            <Text size="sm">{t('meetingReview.orphans.deleteAsk', { name: file.fileName, size: formatSize(file.size) })}</Text>
            {remove.error != null && <ErrorAlert error={remove.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: file.id }, { onSuccess: close })}>
                {t('meetingReview.orphans.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

/** "Tệp không dùng": the files nothing refers to any more (unlinked, replaced), oldest first; each deleted after asking. */
export function OrphanFiles() {
  const { t } = useTranslation();
  const pages = useCommandPages('attachments.orphans', {});
  const { rows } = heldRows(pages.data);
  const title = t('meetingReview.orphans.title');
  return (
    <Card withBorder padding="sm">
      <section aria-label={title}>
        <Text fw={600} mb={4} component="h2">
          {title}
        </Text>
        <Text size="sm" c="gray.7" mb="xs">
          {t('meetingReview.orphans.explain')}
        </Text>
        {pages.isError ? (
          <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />
        ) : pages.isPending ? (
          <Text size="sm">{t('common.loading')}</Text>
        ) : rows.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('meetingReview.orphans.none')}
          </Text>
        ) : (
          <Table striped withTableBorder aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attachments.name')}</Table.Th>
                <Table.Th>{t('attachments.size')}</Table.Th>
                <Table.Th>{t('meetingReview.orphans.added')}</Table.Th>
                <Table.Th>{t('attachments.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td className="attachment-name">{f.fileName}</Table.Td>
                  <Table.Td>{formatSize(f.size)}</Table.Td>
                  <Table.Td>{formatDate(f.createdAt.slice(0, 10))}</Table.Td>
                  <Table.Td>
                    <DeleteOrphan file={f} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pages.hasNextPage && (
          <Button mt="xs" size="xs" variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {t('meetingReview.orphans.more')}
          </Button>
        )}
      </section>
    </Card>
  );
}
