import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/hooks';

/** Warns when the archive failed its integrity check (it is then read-only). */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['archive.status', {}],
    queryFn: () => call('archive.status', {}),
    // While the background check runs, ask again shortly.
    refetchInterval: (q) => (q.state.data?.integrity.status === 'checking' ? 1000 : false),
  });
  if (status.data?.integrity.status !== 'failed') return null;
  return (
    <Alert color="red" mb="md" role="alert" title={t('errors.title')}>
      {t('integrity.failed')}
    </Alert>
  );
}
