import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normalizeTime } from './normalize-time';

/**
 * A time of day as the clerk types it ("8h30", "0830", "08:30"), tidied to HH:mm when the box
 * is left; 24 h, the same box on every screen (the meeting form, the minutes).
 */
export function TimeInput({ value, onChange, onBlur, ...rest }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (typed: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      placeholder={t('meetings.form.timePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      {...rest}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const tidy = normalizeTime(value);
        if (tidy && tidy !== value) onChange(tidy);
        onBlur?.(e);
      }}
    />
  );
}
