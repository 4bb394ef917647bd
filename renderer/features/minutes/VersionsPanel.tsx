import { Button, Group, Select, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MinutesVersionSummary } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { formatDate } from '../../ui/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { QueryState } from '../../ui/QueryState';
import { MeetingDocxButton } from '../print/MeetingDocxButton';
import { VersionCompare } from './VersionCompare';

function useVersionName() {
  const { t } = useTranslation();
  return (v: MinutesVersionSummary) =>
    `${v.kind === 'original' ? t('minutes.original') : t('minutes.amendmentN', { n: v.version - 1 })} (${formatDate(v.madeOn ?? v.createdAt)})`;
}

/** The versions (original and amendments), each printable and downloadable as it was signed, and two of them side by side. */
export function VersionsPanel({ meetingId, versions }: { meetingId: number; versions: MinutesVersionSummary[] }) {
  const { t } = useTranslation();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const name = useVersionName();
  const [left, setLeft] = useState(String(versions[0]?.id ?? ''));
  const [right, setRight] = useState(String(versions.at(-1)?.id ?? ''));
  const [onlyChanges, setOnlyChanges] = useState(false);
  const options = versions.map((v) => ({ value: String(v.id), label: name(v) }));
  const compare = useCommand('minutes.compare', { leftId: Number(left), rightId: Number(right) }, versions.length > 1 && left !== '' && right !== '' && left !== right);
  return (
    <section aria-label={t('minutes.versions')}>
      <Title order={3} size="h4" mt="lg" mb="sm">
        {t('minutes.versions')}
      </Title>
      <Table aria-label={t('minutes.versions')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('minutes.version')}</Table.Th>
            <Table.Th>{t('minutes.madeOn')}</Table.Th>
            <Table.Th>{t('minutes.reason')}</Table.Th>
            <Table.Th>{t('minutes.actor')}</Table.Th>
            <Table.Th>{t('minutesVersionPrint.column')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{v.kind === 'original' ? t('minutes.original') : t('minutes.amendmentN', { n: v.version - 1 })}</Table.Td>
              <Table.Td>{formatDate(v.madeOn ?? v.createdAt)}</Table.Td>
              <Table.Td>{v.reason ?? t('common.none')}</Table.Td>
              <Table.Td>{v.actor ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    component={Link}
                    to={`/print/minutes/${meetingId}?version=${v.version}`}
                    variant="default"
                    size="xs"
                    leftSection={<IconPrinter size={14} />}
                    aria-label={t('minutesVersionPrint.printNamed', { name: name(v) })}
                  >
                    {t('minutesVersionPrint.print')}
                  </Button>
                  <MeetingDocxButton kind="minutes" meetingId={meetingId} version={v.version} size="xs" label={t('minutesVersionPrint.docx')} ariaLabel={t('minutesVersionPrint.docxNamed', { name: name(v) })} onError={setDownloadError} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {downloadError ? <ErrorAlert error={downloadError} /> : null}
      {versions.length > 1 && (
        <>
          <Group mt="md" mb="sm" align="flex-end">
            <Select label={t('minutes.compareLeft')} data={options} value={left} onChange={(v) => v && setLeft(v)} allowDeselect={false} w={320} />
            <Select label={t('minutes.compareRight')} data={options} value={right} onChange={(v) => v && setRight(v)} allowDeselect={false} w={320} />
          </Group>
          {left === right ? (
            <Text size="sm">{t('meetingReview.compare.sameVersion')}</Text>
          ) : (
            <QueryState query={compare}>{(c) => <VersionCompare left={c.left} right={c.right} leftName={name(c.left)} rightName={name(c.right)} onlyChanges={onlyChanges} setOnlyChanges={setOnlyChanges} />}</QueryState>
          )}
        </>
      )}
    </section>
  );
}
