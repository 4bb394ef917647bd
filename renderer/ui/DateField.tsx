import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from './format';

interface Props {
  label: string;
  /** YYYY-MM-DD, or null when empty. */
  value: string | null;
  onChange: (iso: string) => void;
  /** Told whether what is typed is a date, so the screen can refuse to act on an impossible one. */
  onValidityChange?: (valid: boolean) => void;
  w?: number;
  /** A message from the form (e.g. required); a typed impossible date shows its own. */
  error?: string;
  required?: boolean;
}

/**
 * A date typed as dd/mm/yyyy (or picked). An impossible date ("31/02/2021", "13/13/2021")
 * is never rolled over into another day: it stays as typed, with a message, and the value
 * does not change.
 */
export function DateField({ label, value, onChange, onValidityChange, w, error: formError, required }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const check = (typed: string) => {
    const wrong = typed !== '' && parseDisplayDate(typed) === null;
    setError(wrong ? t('validation.not_a_date', { text: typed }) : null);
    onValidityChange?.(!wrong);
  };
  // While typing: a whole date that is not on the calendar is said at once; a partly typed one is not judged yet.
  const typing = (typed: string) => {
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(typed)) check(typed);
    else if (error) setError(null);
  };
  return (
    <DateInput
      label={label}
      value={value}
      valueFormat="DD/MM/YYYY"
      placeholder={t('common.datePlaceholder')}
      dateParser={parseDisplayDate}
      fixOnBlur={false}
      error={error ?? formError}
      required={required}
      // The calendar opens under the input, where the message is: it stays closed while the
      // typed date is impossible, so the message is seen (and announced: aria-invalid, aria-describedby).
      popoverProps={error ? { opened: false } : undefined}
      onInput={(event) => typing(event.currentTarget.value.trim())}
      onChange={(iso) => {
        if (!iso) return;
        setError(null);
        onValidityChange?.(true);
        onChange(iso);
      }}
      onBlur={(event) => check(event.currentTarget.value.trim())}
      onKeyDown={(event) => {
        if (event.key === 'Enter') check(event.currentTarget.value.trim());
      }}
      w={w}
    />
  );
}
