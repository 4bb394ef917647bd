import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CommandFailure } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldLabel } from '../../ui/form-errors';

/** Refusals whose message is a whole sentence: shown without the field's name before it. */
const SENTENCES = new Set([
  'status_transition', 'meeting_locked', 'already_invited', 'not_a_draft', 'number_on_invitation', 'agenda_item_has_files',
  // P2: the invitation's date (db/meetings-invitation.ts)
  'after_meeting',
  'too_early',
  'before_committee',
]);

/**
 * A failed meetings command: a refusal the core explains (status_transition, meeting_locked,
 * ends_before_start…) in the clerk's words, field by field; anything else as every screen shows it.
 */
export function MeetingError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const failure = error instanceof CommandFailure ? error.error : null;
  const explained = (failure?.code === 'VALIDATION' ? (failure.issues ?? []) : [])
    .map((issue) => ({ field: SENTENCES.has(issue.message) ? '' : `${fieldLabel(issue.path, t)}: `, text: t(`validation.${issue.message}`, { defaultValue: t(`meetingReview.validation.${issue.message}`, { defaultValue: '' }) }) }))
    .filter((m) => m.text !== '');
  if (explained.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<IconAlertTriangle size={18} />} role="alert">
      {explained.map((m) => (
        <div key={m.field + m.text}>
          {m.field}
          {m.text}
        </div>
      ))}
    </Alert>
  );
}
