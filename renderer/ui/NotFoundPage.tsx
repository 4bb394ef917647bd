import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An address that leads nowhere, in the clerk's language (never the router's developer page). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" p="md" maw={720}>
      <Title order={1} size="h3">
        {t('notFound.title')}
      </Title>
      <Alert color="gray" variant="light" icon={<IconMapOff size={18} />} role="alert">
        {t('notFound.body')}
      </Alert>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}

/** A screen that threw while rendering: said plainly, with the way back. */
export function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" p="md" maw={720}>
      <Title order={1} size="h3">
        {t('notFound.crashTitle')}
      </Title>
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        <Text size="sm">{t('notFound.crashBody')}</Text>
      </Alert>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
