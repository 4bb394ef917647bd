import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The meeting page's way to its minutes (`#/meetings/<id>/minutes`). */
export function MinutesLink({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={`/meetings/${meetingId}/minutes`} variant="light" leftSection={<IconFileText size={16} />}>
      {t('minutes.open')}
    </Button>
  );
}
