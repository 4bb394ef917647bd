import { Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { TimeInput } from '../../ui/TimeInput';
import { normalizeTime } from '../../ui/normalize-time';

/**
 * A local date and time ("2021-01-13T08:00") as the clerk writes it: the day dd/mm/yyyy and
 * the time (24 h, the meeting form's box) — not the browser's datetime-local, which follows the
 * system's locale. A time that is not one (25:00) is said under the box and reported through
 * `onValidity`, so the page never claims the minutes saved while it shows something unsaved.
 */
export function DateTimeField({
  dateLabel,
  timeLabel,
  value,
  onChange,
  onValidity,
}: {
  dateLabel: string;
  timeLabel: string;
  value: string | null;
  onChange: (v: string | null) => void;
  onValidity?: (valid: boolean) => void;
}) {
  const { t } = useTranslation();
  const date = value?.slice(0, 10) ?? null;
  const [time, setTime] = useState(value?.slice(11, 16) ?? '');
  const valid = (tm: string) => tm.trim() === '' || normalizeTime(tm) !== null;
  const emit = (d: string | null, tm: string) => onChange(d ? `${d}T${normalizeTime(tm) ?? '00:00'}` : null);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <DateField label={dateLabel} value={date} onChange={(d) => emit(d || null, time)} w={170} />
      <TimeInput
        label={timeLabel}
        w={150}
        value={time}
        error={valid(time) ? undefined : t('meetings.form.notATime')}
        onChange={(typed) => {
          setTime(typed);
          onValidity?.(valid(typed));
          const tidy = normalizeTime(typed);
          if (tidy && date && tidy !== value?.slice(11, 16)) emit(date, tidy);
        }}
      />
    </Group>
  );
}
