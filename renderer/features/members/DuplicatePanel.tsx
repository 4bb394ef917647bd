import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconExternalLink, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';

interface Props {
  fullName: string;
  organisation: string;
  excludeId?: number;
  onOpen: (personId: number) => void;
}

/** Likely duplicates (same folded name and organisation), shown while the clerk types, before saving. */
export function DuplicatePanel({ fullName, organisation, excludeId, onOpen }: Props) {
  const { t } = useTranslation();
  const [key] = useDebouncedValue({ fullName: fullName.trim(), organisation: organisation.trim() }, 250);
  const found = useCommand(
    'people.findDuplicates',
    { fullName: key.fullName, organisation: key.organisation || null, ...(excludeId ? { excludeId } : {}), limit: 5 },
    key.fullName.length > 1,
  );
  const items = found.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconUsers size={18} />} title={t('people.duplicatesTitle')} role="status">
      <Stack gap={4}>
        {items.map((p) => (
          <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">
              <b>{p.fullName}</b>
              {[p.position, p.organisation].filter(Boolean).length > 0 && ` — ${[p.position, p.organisation].filter(Boolean).join(', ')}`}
              {!p.active && ` (${t('people.inactive')})`}
            </Text>
            <Button size="compact-xs" variant="default" className="no-shrink" leftSection={<IconExternalLink size={12} />} onClick={() => onOpen(p.id)}>
              {t('people.openExisting')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
