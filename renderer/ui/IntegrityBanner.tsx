import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/hooks';

/**
 * Says when the archive cannot take changes: while its integrity check runs (changes wait
 * for it), when the check failed, or when the file or its folder is read-only.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['archive.status', {}],
    queryFn: () => call('archive.status', {}),
    // While the background check runs, ask again shortly.
    refetchInterval: (q) => (q.state.data?.integrity.status === 'checking' ? 1000 : false),
  });
  const data = status.data;
  if (!data) return null;
  if (data.integrity.status === 'checking') {
    return (
      <Alert color="blue" mb="md" role="status" title={t('integrity.checking')}>
        {t('integrity.checkingBanner')}
      </Alert>
    );
  }
  if (data.integrity.status === 'failed' || data.readOnly) {
    return (
      <Alert color="red" mb="md" role="alert" title={t('errors.title')}>
        {t(data.integrity.status === 'failed' ? 'integrity.failed' : 'integrity.readOnly')}
      </Alert>
    );
  }
  return null;
}
