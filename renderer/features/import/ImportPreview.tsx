import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_IMPORT_FIELD_LABELS, type RosterImportField, type RosterImportPreview } from '../../../electron/contract';

/** What the file holds: the column mapping, the errors per row (row, column, reason), and what apply would write. */
export function ImportPreview({ preview: p, children }: { preview: RosterImportPreview; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // The fields' names come from the import's one catalogue (db/model), as the core and the CLI name them.
  const label = (f: RosterImportField) => ROSTER_IMPORT_FIELD_LABELS[i18n.language === 'en' ? 'en' : 'vi'][f];
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('import.fileLine', { file: p.fileName, format: p.format.toUpperCase(), rows: p.summary.rows })}
        {p.delimiter && ` ${t('import.delimiter', { delimiter: p.delimiter })}`}
      </Text>
      {p.errors.length > 0 ? (
        <RowIssues title={t('import.errors', { count: p.errors.length })} tableLabel={t('import.errorsTable')} color="red.8" issues={p.errors} />
      ) : (
        <Alert color="green" variant="light" role="status">
          <Group gap="xs">
            <Text size="sm">{t('import.noErrors')}</Text>
            <Badge variant="light" tt="none">{t('import.summaryMemberships', { count: p.summary.memberships })}</Badge>
            <Badge variant="light" tt="none">{t('import.summaryNewPeople', { count: p.summary.newPeople })}</Badge>
            <Badge variant="light" tt="none">{t('import.summaryExisting', { count: p.summary.existingPeople })}</Badge>
          </Group>
        </Alert>
      )}
      {p.warnings.length > 0 && (
        <RowIssues title={t('importWarnings.title', { count: p.warnings.length })} tableLabel={t('importWarnings.table')} color="orange.9" issues={p.warnings} />
      )}
      {children}
      <section>
        <Title order={3} size="h5" mb={4}>
          {t('import.mapping')}
        </Title>
        <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('import.mapping')} className="fit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="num">{t('import.column')}</Table.Th>
              <Table.Th>{t('import.header')}</Table.Th>
              <Table.Th>{t('import.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.columns.map((c) => (
              <Table.Tr key={c.index}>
                <Table.Td className="num">{c.index}</Table.Td>
                <Table.Td>{c.header}</Table.Td>
                <Table.Td>{c.field ? label(c.field) : <Text span size="sm" c="dimmed">{t('import.ignored')}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {p.missingFields.length > 0 && (
          <Text size="sm" c="dimmed" mt={4}>
            {t('import.missing', { fields: p.missingFields.map(label).join(', ') })}
          </Text>
        )}
      </section>
    </Stack>
  );
}

/** Errors or warnings of the file, one line each: row, column, reason. */
function RowIssues({ title, tableLabel, color, issues }: { title: string; tableLabel: string; color: string; issues: Array<{ row?: number | null; column?: string | null; message: string }> }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={3} size="h5" mb={4} c={color}>
        {title}
      </Title>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={tableLabel} className="fit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="num">{t('import.row')}</Table.Th>
            <Table.Th>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td className="num">{e.row ?? t('common.none')}</Table.Td>
              <Table.Td>{e.column ?? t('common.none')}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
