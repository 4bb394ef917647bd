import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionListFilter } from '../../../electron/contract';

const STANDALONE = 'none';

/** The conclusion filter: one notice of the committee, or the actions given outside any. */
export function ConclusionFilter({ filter, onChange }: { filter: ActionListFilter; onChange: (next: ActionListFilter) => void }) {
  const { t } = useTranslation();
  const value = filter.conclusionId ? String(filter.conclusionId) : null;
  const data = value ? [{ value, label: `#${value}` }] : [];
  return (
    <Select
      label={t('actions.filters.conclusion')}
      placeholder={t('actions.all')}
      data={[...data, { value: STANDALONE, label: t('actions.filters.standalone') }]}
      value={value}
      onChange={(v) => {
        const { conclusionId: _, conclusionItemId: __, ...rest } = filter;
        onChange(v && v !== STANDALONE ? { ...rest, conclusionId: Number(v) } : rest);
      }}
      clearable
      w={220}
    />
  );
}
