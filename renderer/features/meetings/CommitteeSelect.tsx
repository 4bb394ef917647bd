import { type ComboboxItem, type OptionsFilter, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_MAX_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { foldForMatch } from './person-options';

/** Every typed word in the name, accents optional ("quy che dan chu" finds "quy chế dân chủ"). */
const byWords: OptionsFilter = ({ options, search }) => {
  const words = foldForMatch(search).split(/\s+/).filter(Boolean);
  return (options as ComboboxItem[]).filter((o) => words.every((w) => foldForMatch(o.label).includes(w)));
};

interface Props {
  label: string;
  value: number | null;
  onChange: (committeeId: number | null) => void;
  /** A filter: empty means every committee. */
  placeholder?: string;
  clearable?: boolean;
  required?: boolean;
  error?: string;
  w?: number | string;
  autoFocus?: boolean;
}

/** A committee, chosen by typing part of its name (the same list as the roster's committee choice). */
export function CommitteeSelect({ label, value, onChange, placeholder, clearable, required, error, w, autoFocus }: Props) {
  const { t } = useTranslation();
  const committees = useCommand('committees.list', { limit: PAGE_MAX_LIMIT });
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={(committees.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      clearable={clearable}
      allowDeselect={clearable}
      required={required}
      error={error}
      searchable
      filter={byWords}
      nothingFoundMessage={t('members.noCommittees')}
      w={w}
      data-autofocus={autoFocus || undefined}
    />
  );
}
