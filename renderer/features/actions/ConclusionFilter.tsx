import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionListFilter, ConclusionSummary } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { formatDate } from '../../ui/format';

const STANDALONE = 'none';
/** Notices offered at once (newest first, of the committee chosen); the one in the address is always shown. */
const OFFERED = 50;

const label = (c: Pick<ConclusionSummary, 'numberText' | 'datedOn' | 'title'>, draft: string) =>
  `${c.numberText ?? draft} (${formatDate(c.datedOn)}) — ${c.title.length > 60 ? `${c.title.slice(0, 60)}…` : c.title}`;

/** The conclusion filter: one notice (of the committee chosen), or the actions given outside any. */
export function ConclusionFilter({ filter, onChange }: { filter: ActionListFilter; onChange: (next: ActionListFilter) => void }) {
  const { t } = useTranslation();
  const value = filter.conclusionId ? String(filter.conclusionId) : filter.withoutConclusion ? STANDALONE : null;
  const list = useCommand('conclusions.list', { ...(filter.committeeId ? { committeeId: filter.committeeId } : {}), limit: OFFERED });
  const current = useCommand('conclusions.get', { id: filter.conclusionId ?? 0 }, Boolean(filter.conclusionId));
  const draft = t('conclusions.statuses.draft');
  const options = (list.data?.items ?? []).map((c) => ({ value: String(c.id), label: label(c, draft) }));
  if (current.data && !options.some((o) => o.value === value)) options.unshift({ value: String(current.data.id), label: label(current.data, draft) });
  return (
    <Select
      label={t('actions.filters.conclusion')}
      placeholder={t('actions.all')}
      data={[...options, { value: STANDALONE, label: t('actions.filters.standalone') }]}
      value={value}
      onChange={(v) => {
        const { conclusionId: _, conclusionItemId: __, withoutConclusion: ___, ...rest } = filter;
        onChange(!v ? rest : v === STANDALONE ? { ...rest, withoutConclusion: true } : { ...rest, conclusionId: Number(v) });
      }}
      searchable
      clearable
      w={260}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}
