import { Center, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props<T> {
  query: UseQueryResult<T>;
  /** Shown when the data is there but empty. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states, the same on every screen. */
export function QueryState<T>({ query, isEmpty, empty, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) {
    return (
      <Text c="dimmed" py="md">
        {empty ?? t('state.empty')}
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}
