import { Button, Group, MultiSelect } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionListFilter, type ActionStatus } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { DateField } from '../../ui/DateField';
import { ConclusionFilter } from './ConclusionFilter';
import { OwnerSelect } from './OwnerSelect';

interface Props {
  filter: ActionListFilter;
  onChange: (next: ActionListFilter) => void;
}

/** The owner's words for a filter that came from the address (person=7): the person's name, or the unit's. */
function useOwnerLabel(filter: ActionListFilter): string {
  const personId = filter.owner && 'personId' in filter.owner ? filter.owner.personId : 0;
  const person = useCommand('people.get', { id: personId }, personId > 0);
  if (!filter.owner) return '';
  return 'unitName' in filter.owner ? filter.owner.unitName : (person.data?.fullName ?? '');
}

/** The list's filters: committee, conclusion, owner, status, deadline range, the day statuses are derived for. */
export function ActionFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const ownerLabel = useOwnerLabel(filter);
  const set = <K extends keyof ActionListFilter>(key: K, value: ActionListFilter[K] | null | undefined) => {
    const next = { ...filter };
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const any = Object.keys(filter).length > 0;
  return (
    <Group mb="sm" gap="sm" align="flex-end">
      <CommitteePicker
        label={t('actions.filters.committee')}
        placeholder={t('actions.all')}
        value={filter.committeeId ?? null}
        onChange={(id) => set('committeeId', id ?? undefined)}
        clearable
        w={300}
      />
      <ConclusionFilter filter={filter} onChange={onChange} />
      <OwnerSelect
        key={ownerLabel}
        label={t('actions.filters.owner')}
        placeholder={t('actions.all')}
        value={filter.owner ? { owner: filter.owner, label: ownerLabel } : null}
        onChange={(choice) => set('owner', choice?.owner)}
        committeeId={filter.committeeId}
        day={filter.asOf}
        w={240}
      />
      <MultiSelect
        label={t('actions.filters.status')}
        placeholder={filter.statuses?.length ? undefined : t('actions.all')}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
        value={filter.statuses ?? []}
        onChange={(v) => set('statuses', v as ActionStatus[])}
        clearable
        w={260}
      />
      <DateField label={t('actions.filters.deadlineFrom')} value={filter.deadlineFrom ?? null} onChange={(iso) => set('deadlineFrom', iso)} w={150} />
      <DateField label={t('actions.filters.deadlineTo')} value={filter.deadlineTo ?? null} onChange={(iso) => set('deadlineTo', iso)} w={150} />
      {(filter.completedFrom || filter.completedTo) && (
        <>
          <DateField label={t('actions.filters.completedFrom')} value={filter.completedFrom ?? null} onChange={(iso) => set('completedFrom', iso)} w={150} />
          <DateField label={t('actions.filters.completedTo')} value={filter.completedTo ?? null} onChange={(iso) => set('completedTo', iso)} w={150} />
        </>
      )}
      <DateField label={t('actions.filters.asOf')} value={filter.asOf ?? null} onChange={(iso) => set('asOf', iso)} w={150} />
      {any && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange({})}>
          {t('actions.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
