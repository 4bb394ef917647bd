import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionListFilter } from '../../../electron/contract';

const STANDALONE = 'none';

/** The conclusion filter: one notice of the committee, or the actions given outside any. */
export function ConclusionFilter({ filter, onChange }: { filter: ActionListFilter; onChange: (next: ActionListFilter) => void }) {
  const { t } = useTranslation();
  const value = filter.conclusionId ? String(filter.conclusionId) : filter.withoutConclusion ? STANDALONE : null;
  const data = value ? [{ value, label: `#${value}` }] : [];
  return (
    <Select
      label={t('actions.filters.conclusion')}
      placeholder={t('actions.all')}
      data={[...data, { value: STANDALONE, label: t('actions.filters.standalone') }]}
      value={value}
      onChange={(v) => {
        const { conclusionId: _, conclusionItemId: __, withoutConclusion: ___, ...rest } = filter;
        onChange(!v ? rest : v === STANDALONE ? { ...rest, withoutConclusion: true } : { ...rest, conclusionId: Number(v) });
      }}
      clearable
      w={220}
    />
  );
}
