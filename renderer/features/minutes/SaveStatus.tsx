import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { SaveState } from './use-autosave';

/**
 * "Đã lưu lúc 14:32", "Đang lưu…", or why the last save failed; never "Đã lưu" while a box
 * shows text that is not a value (`invalid`: their labels), since that text is not saved.
 */
export function SaveStatus({ state, invalid = [] }: { state: SaveState; invalid?: string[] }) {
  const { t } = useTranslation();
  if (state.status === 'failed') return <ErrorAlert error={state.error} />;
  if (invalid.length > 0) {
    return (
      <Text size="sm" c="orange.9" fw={500} role="status" aria-live="polite">
        {t('meetingReview.minutes.invalidNotSaved', { fields: invalid.join(', ') })}
      </Text>
    );
  }
  const text =
    state.status === 'saved' ? t('minutes.savedAt', { time: state.time }) : state.status === 'saving' ? t('minutes.saving') : state.status === 'pending' ? t('minutes.unsaved') : t('minutes.notSavedYet');
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {text}
    </Text>
  );
}
