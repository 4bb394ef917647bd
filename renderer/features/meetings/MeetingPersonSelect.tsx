import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { formatDate } from '../../ui/format';
import { type PersonOption, memberOption, personGroups, personOption } from './person-options';

/** A person of the archive, or (where allowed) a name typed freely. */
export type PersonChoice = { personId: number; label: string } | { freeName: string };

interface Props {
  label: string;
  committeeId: number | null;
  /** The meeting's day (YYYY-MM-DD): its roster is offered first. */
  day: string | null;
  value: PersonChoice | null;
  onChange: (choice: PersonChoice | null) => void;
  /** Offer the typed text itself as the choice (a presenter who is not in the directory). */
  allowFreeName?: boolean;
  description?: string;
  error?: string;
}

const FREE = 'free:';

/**
 * Chair, secretary or presenter: the committee's members on the meeting day, then anyone in
 * the directory found by typing (the core searches, accents optional), never a full load.
 */
export function MeetingPersonSelect({ label, committeeId, day, value, onChange, allowFreeName, description, error }: Props) {
  const { t } = useTranslation();
  const chosen: PersonOption | null = value
    ? 'personId' in value
      ? { value: String(value.personId), label: value.label }
      : { value: FREE + value.freeName, label: value.freeName }
    : null;
  const [search, setSearch] = useState(chosen?.label ?? '');
  const [typed] = useDebouncedValue(search === chosen?.label ? '' : search.trim(), 200);
  const roster = useCommand('roster.get', { committeeId: committeeId ?? 0, ...(day ? { asOf: day } : {}) }, committeeId !== null && day !== null);
  const found = useCommand('people.list', { limit: 20, query: typed }, typed.length >= 2);
  const members = (roster.data?.members ?? []).map(memberOption);
  const groups = personGroups(members, (found.data?.items ?? []).map(personOption), search === chosen?.label ? '' : search, {
    members: t('meetings.form.rosterGroup', { date: day ? formatDate(day) : '' }),
    directory: t('meetings.form.directoryGroup'),
  });
  const listed = new Set(groups.flatMap((g) => g.items.map((o) => o.value)));
  if (chosen && !listed.has(chosen.value)) groups.push({ group: label, items: [chosen] });
  const free = search.trim();
  if (allowFreeName && free && free !== chosen?.label && !groups.some((g) => g.items.some((o) => o.label === free))) {
    groups.push({ group: t('meetings.agenda.useTyped'), items: [{ value: FREE + free, label: free }] });
  }
  /** A typed name the clerk leaves (Tab, a click elsewhere) is kept as typed: an option of that exact name, else a free name. */
  const keepTyped = () => {
    if (!allowFreeName || !free || free === chosen?.label) return;
    const same = groups.flatMap((g) => g.items).find((o) => o.label === free && !o.value.startsWith(FREE));
    onChange(same ? { personId: Number(same.value), label: same.label } : { freeName: free });
  };
  return (
    <Select
      label={label}
      description={description}
      placeholder={committeeId && day ? t('meetings.form.pickPerson') : t('meetings.form.pickCommitteeFirst')}
      searchable
      clearable
      data={groups}
      value={chosen?.value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onBlur={keepTyped}
      filter={({ options }) => options}
      nothingFoundMessage={t('meetings.form.noPerson')}
      error={error}
      onChange={(v, option) => {
        if (!v) onChange(null);
        else if (v.startsWith(FREE)) {
          onChange({ freeName: v.slice(FREE.length) });
        } else onChange({ personId: Number(v), label: option?.label ?? '' });
      }}
    />
  );
}
