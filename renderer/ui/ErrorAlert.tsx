import { Alert, Button, Group, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommandFailure } from '../api/hooks';

/** A failed command, in the user's language, with the fields that were wrong. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const failure = error instanceof CommandFailure ? error.error : null;
  const message = failure ? t(`errors.${failure.code}`) : t('errors.INTERNAL');
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle size={18} />} role="alert">
      {message}
      {failure?.issues && failure.issues.length > 0 && (
        <List size="sm" mt={4}>
          {failure.issues.map((issue) => (
            <List.Item key={issue.path + issue.message}>
              {issue.path}: {issue.message}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Group mt="xs">
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
