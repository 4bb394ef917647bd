import { Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { OrphanFiles } from '../../ui/attachments/OrphanFiles';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';

const INTEGRITY_COLOR = { checking: 'gray', ok: 'green', failed: 'red' } as const;

/** The audit log's hash chain, verified by the main side when the screen opens. */
function AuditChainBadge() {
  const { t } = useTranslation();
  const chain = useCommand('archive.verifyAudit', {});
  if (!chain.data) return <Badge color="gray" variant="light" tt="none">{t('audit.checking')}</Badge>;
  const c = chain.data;
  const text =
    c.status === 'ok'
      ? t('audit.ok', { count: c.entries })
      : c.entryId === null
        ? t('audit.brokenGuard')
        : t('audit.broken', { entry: c.entryId });
  return (
    <Badge color={c.status === 'ok' ? 'green' : 'red'} variant="light" tt="none" title={c.status === 'broken' ? c.reason : c.head}>
      {text}
    </Badge>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const status = useCommand('archive.status', {});
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="md" maw={820}>
        <Card withBorder padding="sm">
          <Text fw={600} mb="xs">
            {t('settings.language')}
          </Text>
          <div>
            <LanguageSwitch />
          </div>
        </Card>
        <Card withBorder padding="sm">
          <Text fw={600} mb="xs">
            {t('settings.archive')}
          </Text>
          <QueryState query={status}>
            {(s) => (
              <Table aria-label={t('settings.archive')}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={240}>{t('settings.file')}</Table.Th>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {s.file}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.schema')}</Table.Th>
                    <Table.Td>{s.schemaVersion}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.integrity')}</Table.Th>
                    <Table.Td>
                      <Badge color={INTEGRITY_COLOR[s.integrity.status]} variant="light" tt="none">
                        {t(`integrity.${s.integrity.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.access')}</Table.Th>
                    <Table.Td>
                      <Badge color={s.readOnly ? 'red' : 'green'} variant="light" tt="none">
                        {t(s.readOnly ? 'settings.readOnly' : 'settings.readWrite')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.auditChain')}</Table.Th>
                    <Table.Td>
                      <AuditChainBadge />
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.host')}</Table.Th>
                    <Table.Td>{t(`settings.hosts.${s.host}`)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </QueryState>
        </Card>
        {/* Helper P2 (issue 8 review): the files nothing uses any more. */}
        <OrphanFiles />
      </Stack>
    </>
  );
}
