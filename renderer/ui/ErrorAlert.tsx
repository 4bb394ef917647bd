import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommandFailure } from '../api/hooks';
import { fieldLabel } from './form-errors';
import { refusalMessage } from './refusal-message';

/** A failed command, in the user's language, with the fields that were wrong. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const failure = error instanceof CommandFailure ? error.error : null;
  const detail = failure?.detail;
  // A refusal with its detail names what is wrong (the person, the dates); otherwise the code's words.
  const message = detail
    ? refusalMessage(detail, t)
    : failure
      ? t(`errors.${failure.code}`)
      : t('errors.INTERNAL');
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle size={18} />} role="alert">
      {message}
      {failure?.issues && failure.issues.length > 0 && (
        <Text size="sm" mt={4}>
          {t('errors.fields', { fields: [...new Set(failure.issues.map((issue) => fieldLabel(issue.path, t)))].join(', ') })}
        </Text>
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
