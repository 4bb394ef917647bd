import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MinutesFields } from '../../../electron/contract';
import { formatDate, formatTime } from '../../ui/format';
import { DateTimeField } from './DateTimeField';

/** The structured parts of Mẫu 1.9, editable (defaults come from the meeting). */
export function MinutesFieldsForm({
  value,
  onChange,
  onValidity,
}: {
  value: MinutesFields;
  onChange: (fields: MinutesFields) => void;
  /** A box whose text is not a value (a time 25:00), by its label: what is on screen is not what is saved. */
  onValidity?: (label: string, valid: boolean) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<MinutesFields>) => onChange({ ...value, ...patch });
  const text = (v: string) => (v === '' ? null : v);
  return (
    // A plain CSS grid: responsive Mantine props write an inline <style>, which the CSP refuses.
    <div className="minutes-fields-form">
      <DateTimeField
        dateLabel={t('minutes.fields.openedOn')}
        timeLabel={t('minutes.fields.openedTime')}
        value={value.openedAt}
        onChange={(v) => set({ openedAt: v })}
        onValidity={(ok) => onValidity?.(t('minutes.fields.openedTime'), ok)}
      />
      <DateTimeField
        dateLabel={t('minutes.fields.closedOn')}
        timeLabel={t('minutes.fields.closedTime')}
        value={value.closedAt}
        onChange={(v) => set({ closedAt: v })}
        onValidity={(ok) => onValidity?.(t('minutes.fields.closedTime'), ok)}
      />
      <TextInput label={t('minutes.fields.place')} value={value.place ?? ''} onChange={(e) => set({ place: text(e.currentTarget.value) })} />
      <TextInput label={t('minutes.fields.chair')} value={value.chair ?? ''} onChange={(e) => set({ chair: text(e.currentTarget.value) })} />
      <TextInput label={t('minutes.fields.secretary')} value={value.secretary ?? ''} onChange={(e) => set({ secretary: text(e.currentTarget.value) })} />
      <Textarea label={t('minutes.fields.attendees')} className="grow-textarea grow-textarea-1" value={value.attendees ?? ''} onChange={(e) => set({ attendees: text(e.currentTarget.value) })} />
    </div>
  );
}

/** The same parts, read-only. */
export function MinutesFieldsView({ value }: { value: MinutesFields }) {
  const { t } = useTranslation();
  const when = (v: string | null) => (v ? `${formatTime(v)}, ${formatDate(v)}` : t('common.none'));
  const rows: Array<[string, string]> = [
    [t('minutes.fields.openedAt'), when(value.openedAt)],
    [t('minutes.fields.closedAt'), when(value.closedAt)],
    [t('minutes.fields.place'), value.place ?? t('common.none')],
    [t('minutes.fields.chair'), value.chair ?? t('common.none')],
    [t('minutes.fields.secretary'), value.secretary ?? t('common.none')],
    [t('minutes.fields.attendees'), value.attendees ?? t('common.none')],
  ];
  return (
    <dl className="minutes-fields">
      {rows.map(([label, v]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
