import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserCheck, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import type { NewPersonDraft } from './reconstitution-draft';

interface Props {
  rowLabel: string;
  value: NewPersonDraft;
  onChange: (value: NewPersonDraft) => void;
  /** The clerk recognises the person among the likely duplicates: appoint that record instead. */
  onUseExisting: (personId: number, fullName: string) => void;
}

/**
 * A person not yet in the directory, entered on the reconstitution screen: name, position,
 * organisation, and the likely duplicates (same rule as the people form) while typing.
 */
export function NewPersonFields({ rowLabel, value, onChange, onUseExisting }: Props) {
  const { t } = useTranslation();
  const [key] = useDebouncedValue({ fullName: value.fullName.trim(), organisation: value.organisation.trim() }, 250);
  const found = useCommand('people.findDuplicates', { fullName: key.fullName, organisation: key.organisation || null, limit: 5 }, key.fullName.length > 1);
  const twins = found.data?.items ?? [];
  return (
    <Stack gap={6}>
      <Group grow align="flex-start" gap="xs">
        <TextInput
          label={t('members.fullName')}
          aria-label={`${t('members.fullName')}: ${rowLabel}`}
          required
          value={value.fullName}
          onChange={(e) => onChange({ ...value, fullName: e.currentTarget.value })}
        />
        <TextInput
          label={t('members.position')}
          aria-label={`${t('members.position')}: ${rowLabel}`}
          value={value.position}
          onChange={(e) => onChange({ ...value, position: e.currentTarget.value })}
        />
        <TextInput
          label={t('members.organisation')}
          aria-label={`${t('members.organisation')}: ${rowLabel}`}
          value={value.organisation}
          onChange={(e) => onChange({ ...value, organisation: e.currentTarget.value })}
        />
      </Group>
      {twins.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconUsers size={18} />} title={t('people.duplicatesTitle')} role="status">
          <Stack gap={4}>
            {twins.map((p) => (
              <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  <b>{p.fullName}</b>
                  {[p.position, p.organisation].filter(Boolean).length > 0 && ` — ${[p.position, p.organisation].filter(Boolean).join(', ')}`}
                  {!p.active && ` (${t('people.inactive')})`}
                </Text>
                <Button size="compact-xs" variant="default" className="no-shrink" leftSection={<IconUserCheck size={12} />} onClick={() => onUseExisting(p.id, p.fullName)}>
                  {t('rosterFixes.useExisting')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
