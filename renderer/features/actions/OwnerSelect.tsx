import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerRef } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { formatDate } from '../../ui/format';
import { foldForMatch, memberOption, personOption } from '../meetings/person-options';

/** An owner as the box shows it: who it is and the words shown for it. */
export interface OwnerChoice {
  owner: OwnerRef;
  label: string;
}

interface Props {
  label: string;
  value: OwnerChoice | null;
  onChange: (choice: OwnerChoice | null) => void;
  /** Offer the committee's members on this day first. */
  committeeId?: number | null;
  day?: string | null;
  /** A unit name typed that is not yet used may be chosen as typed (the form; not the filter). */
  allowNewUnit?: boolean;
  placeholder?: string;
  error?: string;
  required?: boolean;
  w?: number | string;
}

const PERSON = 'p:';
const UNIT = 'u:';
const valueOf = (owner: OwnerRef) => ('personId' in owner ? PERSON + owner.personId : UNIT + owner.unitName);

/**
 * The owner of an action (chủ trì) or a co-owner: a person (the committee's members of the day
 * first, then the directory, found by the core's folded search) or a unit (the names already
 * used, or a new one typed). Nothing is loaded whole.
 */
export function OwnerSelect({ label, value, onChange, committeeId, day, allowNewUnit, placeholder, error, required, w }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.label ?? '');
  const typing = search !== (value?.label ?? '') ? search.trim() : '';
  const [typed] = useDebouncedValue(typing, 200);
  const roster = useCommand('roster.get', { committeeId: committeeId ?? 0, ...(day ? { asOf: day } : {}) }, Boolean(committeeId));
  const people = useCommand('people.list', { limit: 20, query: typed }, typed.length >= 2);
  const units = useCommand('actions.unitNames', { query: typed, limit: 20 });
  const words = foldForMatch(typing).split(/\s+/).filter(Boolean);
  const members = (roster.data?.members ?? []).map(memberOption).filter((o) => words.every((w) => foldForMatch(o.label).includes(w)));
  const memberIds = new Set(members.map((o) => o.value));
  const found = (people.data?.items ?? []).map(personOption).filter((o) => !memberIds.has(o.value));
  const groups = [
    { group: t('meetings.form.rosterGroup', { date: day ? formatDate(day) : '' }), items: members.map((o) => ({ value: PERSON + o.value, label: o.label })) },
    { group: t('meetings.form.directoryGroup'), items: found.map((o) => ({ value: PERSON + o.value, label: o.label })) },
    { group: t('actions.owner.unit'), items: (units.data ?? []).map((name) => ({ value: UNIT + name, label: name })) },
  ];
  if (allowNewUnit && typing && !groups.some((g) => g.items.some((o) => o.label === typing))) {
    groups.push({ group: t('actions.owner.unitName'), items: [{ value: UNIT + typing, label: typing }] });
  }
  const chosen = value ? { value: valueOf(value.owner), label: value.label } : null;
  if (chosen && !groups.some((g) => g.items.some((o) => o.value === chosen.value))) groups.push({ group: label, items: [chosen] });
  // An option's value is unique across the groups (a person and a unit never share one).
  const seen = new Set<string>();
  const data = groups
    .map((g) => ({ group: g.group, items: g.items.filter((o) => !seen.has(o.value) && seen.add(o.value)) }))
    .filter((g) => g.items.length > 0);
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('actions.owner.pickPerson')}
      searchable
      clearable
      data={data}
      value={chosen?.value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('actions.owner.noPerson')}
      error={error}
      required={required}
      w={w}
      onChange={(v, option) => {
        if (!v) return onChange(null);
        const owner: OwnerRef = v.startsWith(PERSON) ? { personId: Number(v.slice(PERSON.length)) } : { unitName: v.slice(UNIT.length) };
        onChange({ owner, label: option?.label ?? v.slice(2) });
      }}
    />
  );
}
