import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A local date and time ("2021-01-13T08:00") as the clerk writes it: the day dd/mm/yyyy and
 * the time hh:mm (24 h) — not the browser's datetime-local, which follows the system's locale.
 */
export function DateTimeField({ dateLabel, timeLabel, value, onChange }: { dateLabel: string; timeLabel: string; value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const date = value?.slice(0, 10) ?? null;
  const [time, setTime] = useState(value?.slice(11, 16) ?? '');
  const emit = (d: string | null, tm: string) => onChange(d ? `${d}T${TIME.test(tm) ? tm : '00:00'}` : null);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <DateField label={dateLabel} value={date} onChange={(d) => emit(d || null, time)} w={170} />
      <TextInput
        label={timeLabel}
        placeholder="hh:mm"
        w={90}
        value={time}
        error={time !== '' && !TIME.test(time) ? t('common.invalid') : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setTime(v);
          if (TIME.test(v) && date) emit(date, v);
        }}
      />
    </Group>
  );
}
