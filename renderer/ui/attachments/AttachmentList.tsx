import { Button, Group, Table, Text, Title } from '@mantine/core';
import { type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo, AttachmentTarget, CommandError } from '../../../electron/contract';
import { CommandFailure, useCommand } from '../../api/hooks';
import { downloadFile, hasShellFiles, opensInline } from '../../api/files';
import { ErrorAlert } from '../ErrorAlert';
import { QueryState } from '../QueryState';
import { AttachmentDrop } from './AttachmentDrop';
import { formatSize, typeLabelKey } from './attachment-format';
import { type UnlinkFrom, UnlinkAttachment } from './UnlinkAttachment';

/**
 * The files of a meeting or an agenda item, or a decision's scan: name, size, type, open, save a
 * copy, add; a meeting's or an agenda item's file unlinked after asking, unless `locked` gives
 * why not (the minutes finalized, the meeting cancelled).
 */
export function AttachmentList({ target, locked = null }: { target: AttachmentTarget; locked?: string | null }) {
  const { t } = useTranslation();
  const decisionId = 'decisionId' in target ? target.decisionId : null;
  const list = useCommand('attachments.list', decisionId === null ? (target as { meetingId: number }) : { meetingId: 1 }, decisionId === null);
  const decision = useCommand('decisions.get', { id: decisionId ?? 1 }, decisionId !== null);
  const query: UseQueryResult<unknown> = decisionId === null ? list : decision;
  const client = useQueryClient();
  const [error, setError] = useState<CommandError | null>(null);

  const items = (): AttachmentInfo[] => {
    if (decisionId === null) return list.data?.items ?? [];
    const file = decision.data?.file;
    return file ? [{ id: file.attachmentId, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, createdAt: '' }] : [];
  };
  const refresh = () => void client.invalidateQueries({ queryKey: [decisionId === null ? 'attachments.list' : 'decisions.get'] });
  const act = async (info: AttachmentInfo, mode: 'open' | 'save') => {
    setError(null);
    const result = await downloadFile(info, mode);
    if (!result.ok) setError(result.error);
  };
  const title = decisionId === null ? t('attachments.title') : t('attachments.scanTitle');
  const from: UnlinkFrom | null = 'meetingId' in target ? { meetingId: target.meetingId } : 'agendaItemId' in target ? { agendaItemId: target.agendaItemId } : null;

  return (
    <section aria-label={title}>
      <Title order={3} size="h6" mb={4}>
        {title}
      </Title>
      {from && locked && items().length > 0 && (
        <Text size="sm" c="gray.7" mb={4} className="attachments-locked">
          {locked}
        </Text>
      )}
      <QueryState query={query}>
        {() =>
          items().length === 0 ? (
            <Text size="sm" c="dimmed">
              {decisionId === null ? t('attachments.none') : t('attachments.noScan')}
            </Text>
          ) : (
            <Table striped withTableBorder aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attachments.name')}</Table.Th>
                  <Table.Th>{t('attachments.size')}</Table.Th>
                  <Table.Th>{t('attachments.type')}</Table.Th>
                  <Table.Th>{t('attachments.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items().map((a) => (
                  <Table.Tr key={a.id}>
                    {/* React renders the name as text: a name is never markup. */}
                    <Table.Td className="attachment-name">{a.fileName}</Table.Td>
                    <Table.Td>{formatSize(a.size)}</Table.Td>
                    <Table.Td>{t(typeLabelKey(a.mimeType))}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {opensInline(a) && !hasShellFiles() && (
                          <Button size="compact-xs" variant="subtle" aria-label={t('attachments.openNamed', { name: a.fileName })} onClick={() => void act(a, 'open')}>
                            {t('attachments.open')}
                          </Button>
                        )}
                        <Button size="compact-xs" variant="subtle" aria-label={t('attachments.saveNamed', { name: a.fileName })} onClick={() => void act(a, 'save')}>
                          {t('attachments.saveCopy')}
                        </Button>
                        {from && !locked && <UnlinkAttachment file={a} from={from} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {error && <ErrorAlert error={new CommandFailure(error)} />}
      <AttachmentDrop target={target} onStored={refresh} pickLabel={decisionId !== null && items().length > 0 ? t('attachments.replaceScan') : undefined} />
    </section>
  );
}
