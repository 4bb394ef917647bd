import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/** A screen whose feature is not in this version: says so plainly rather than pretending. */
export function LaterPage({ navKey, purposeKey }: { navKey: string; purposeKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(navKey)} />
      <Text mb="sm">{t(purposeKey)}</Text>
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
        {t('later.notYet')}
      </Alert>
    </>
  );
}
