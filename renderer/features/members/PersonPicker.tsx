import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';

interface Props {
  label: string;
  value?: string | null;
  onChange: (personId: string | null) => void;
  error?: string;
  /** Person ids not to offer (e.g. the record being merged). */
  exclude?: number[];
  autoFocus?: boolean;
}

/** A person from the directory, found by typing (accents optional); asks the core, never loads everyone. */
export function PersonPicker({ label, value, onChange, error, exclude = [], autoFocus }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  // Once a person is chosen the box shows their label: search by the name part only.
  const words = query.split(' — ')[0]?.trim() ?? '';
  const found = useCommand('people.list', { limit: 20, ...(words ? { query: words } : {}) });
  // The chosen person stays an option while the search text is the chosen label.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = (found.data?.items ?? [])
    .filter((p) => !exclude.includes(p.id))
    .map((p) => ({ value: String(p.id), label: [p.fullName, p.position].filter(Boolean).join(' — ') }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={label}
      placeholder={t('people.pickPlaceholder')}
      searchable
      required
      data={options}
      value={value ?? null}
      onChange={(id, option) => {
        setChosen(id ? option : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={t('members.noPeople')}
      error={error}
      data-autofocus={autoFocus || undefined}
    />
  );
}
