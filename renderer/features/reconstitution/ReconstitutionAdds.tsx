import { ActionIcon, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../members/PersonPicker';
import type { AddDraft } from './reconstitution-draft';

interface Props {
  adds: AddDraft[];
  roles: Array<{ code: string; name: string }>;
  onChange: (adds: AddDraft[]) => void;
}

/** The people the decision appoints: person, role, position as written, duty. */
export function ReconstitutionAdds({ adds, roles, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<AddDraft>) => onChange(adds.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  return (
    <Stack gap="xs">
      {adds.map((a, i) => (
        <Group key={a.key} align="flex-end" gap="xs" wrap="nowrap" className="add-row">
          <div className="add-person">
            <PersonPicker label={`${t('reconstitute.newMember')} ${i + 1}`} value={a.personId} onChange={(personId) => set(a.key, { personId })} />
          </div>
          <NativeSelect
            label={t('members.role')}
            data={[{ value: '', label: t('reconstitute.pickRole') }, ...roles.map((r) => ({ value: r.code, label: r.name }))]}
            value={a.role ?? ''}
            onChange={(e) => set(a.key, { role: e.currentTarget.value || null })}
            w={200}
          />
          <TextInput label={t('roster.positionInDecision')} value={a.position} onChange={(e) => set(a.key, { position: e.currentTarget.value })} w={240} />
          <TextInput label={t('members.duty')} value={a.duty} onChange={(e) => set(a.key, { duty: e.currentTarget.value })} w={240} />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`${t('reconstitute.removeRow')} ${i + 1}`}
            onClick={() => onChange(adds.filter((x) => x.key !== a.key))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...adds, { key: Math.max(0, ...adds.map((a) => a.key)) + 1, personId: null, role: null, position: '', duty: '' }])}
        >
          {t('reconstitute.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
