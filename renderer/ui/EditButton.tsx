import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A row's Edit button; its accessible name says which record. */
export function EditButton({ what, onClick }: { what: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onClick} aria-label={`${t('common.edit')}: ${what}`}>
      {t('common.edit')}
    </Button>
  );
}
