import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee } from '../../electron/contract';
import { useCommand } from '../api/hooks';

/** Committees shown at once; typing searches all of them (committees.list `query`, folded). */
const PICKER_PAGE = 50;

interface Props {
  label: string;
  value: number | null;
  /** null only when `clearable` and the clerk clears the choice. */
  onChange: (id: number | null) => void;
  w?: number | string;
  /** An optional choice (a filter, a parent): the clerk may clear it. */
  clearable?: boolean;
  placeholder?: string;
  required?: boolean;
  error?: string;
  /** Committees not offered (a committee is not its own parent; the core refuses deeper loops). */
  exclude?: number[];
}

/**
 * Picks one committee among any number: the first page by name, and as the clerk types, the
 * committees whose folded name holds the words typed (the core searches; nothing is filtered
 * here). The committee chosen is always shown, even when it is not on the page.
 */
export function CommitteePicker({ label, value, onChange, w = 480, clearable, placeholder, required, error, exclude }: Props) {
  const { t } = useTranslation();
  const current = useCommand('committees.get', { id: value ?? 0 }, value !== null);
  const currentName = value !== null ? (current.data?.name ?? '') : '';
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    // The chosen committee's name in the box is no search: the first page then.
    const next = search.trim() === currentName ? '' : search.trim();
    const timer = setTimeout(() => setQuery(next), 150);
    return () => clearTimeout(timer);
  }, [search, currentName]);
  const found = useCommand('committees.list', { limit: PICKER_PAGE, ...(query ? { query } : {}) });
  const items: Committee[] = (found.data?.items ?? []).filter((c) => !exclude?.includes(c.id));
  if (current.data && value !== null && !items.some((c) => c.id === current.data.id)) items.unshift(current.data);
  const more = (found.data?.total ?? 0) - (found.data?.items.length ?? 0);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={items.map((c) => ({ value: String(c.id), label: c.name }))}
      value={value !== null ? String(value) : null}
      onChange={(v) => (v ? onChange(Number(v)) : clearable && onChange(null))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // Choosing the committee already chosen changes no value: the box still shows its name.
      onOptionSubmit={(v) => setSearch(items.find((c) => String(c.id) === v)?.name ?? '')}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('committeePicker.none')}
      description={more > 0 ? t('committeePicker.more', { count: more }) : undefined}
      clearable={clearable}
      allowDeselect={Boolean(clearable)}
      required={required}
      error={error}
      w={w}
    />
  );
}
