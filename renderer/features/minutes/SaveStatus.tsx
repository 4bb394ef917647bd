import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { SaveState } from './use-autosave';

/** "Đã lưu lúc 14:32", "Đang lưu…", or why the last save failed. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state.status === 'failed') return <ErrorAlert error={state.error} />;
  const text =
    state.status === 'saved' ? t('minutes.savedAt', { time: state.time }) : state.status === 'saving' ? t('minutes.saving') : state.status === 'pending' ? t('minutes.unsaved') : t('minutes.notSavedYet');
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {text}
    </Text>
  );
}
