import { ActionIcon, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dutyError } from '../members/duty-length';
import { PersonPicker } from '../members/PersonPicker';
import { NewPersonFields } from './NewPersonFields';
import { type AddDraft, emptyAdd } from './reconstitution-draft';

interface Props {
  adds: AddDraft[];
  roles: Array<{ code: string; name: string }>;
  onChange: (adds: AddDraft[]) => void;
}

/**
 * The people the decision appoints: a person of the directory or a new one (name, position,
 * organisation, with the duplicate warning), role, position as written, duty.
 */
export function ReconstitutionAdds({ adds, roles, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<AddDraft>) => onChange(adds.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  return (
    <Stack gap="xs">
      {adds.map((a, i) => {
        const label = `${t('reconstitute.newMember')} ${i + 1}`;
        return (
          <Paper key={a.key} withBorder p="xs" className="add-row" role="group" aria-label={label}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <Checkbox
                  label={t('rosterFixes.newPerson')}
                  aria-label={`${t('rosterFixes.newPerson')}: ${label}`}
                  checked={a.newPerson != null}
                  onChange={(e) =>
                    set(a.key, e.currentTarget.checked ? { newPerson: { fullName: '', position: a.position, organisation: '' }, personId: null, personLabel: null } : { newPerson: null })
                  }
                />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`${t('reconstitute.removeRow')} ${i + 1}`} onClick={() => onChange(adds.filter((x) => x.key !== a.key))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {a.newPerson ? (
                <NewPersonFields
                  rowLabel={label}
                  value={a.newPerson}
                  onChange={(newPerson) => set(a.key, { newPerson, position: a.position === a.newPerson?.position ? newPerson.position : a.position })}
                  onUseExisting={(id, fullName) => set(a.key, { newPerson: null, personId: String(id), personLabel: fullName })}
                />
              ) : a.personLabel && a.personId ? (
                <Group gap="xs">
                  <TextInput label={label} value={a.personLabel} readOnly className="grow" />
                  <Button mt={24} size="xs" variant="default" leftSection={<IconX size={14} />} onClick={() => set(a.key, { personId: null, personLabel: null })}>
                    {t('common.edit')}
                  </Button>
                </Group>
              ) : (
                <PersonPicker label={label} value={a.personId} onChange={(personId) => set(a.key, { personId })} />
              )}
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <NativeSelect
                  label={t('members.role')}
                  data={[{ value: '', label: t('reconstitute.pickRole') }, ...roles.map((r) => ({ value: r.code, label: r.name }))]}
                  value={a.role ?? ''}
                  onChange={(e) => set(a.key, { role: e.currentTarget.value || null })}
                  w={200}
                />
                <TextInput label={t('roster.positionInDecision')} value={a.position} onChange={(e) => set(a.key, { position: e.currentTarget.value })} w={240} />
                <TextInput
                  label={t('members.duty')}
                  value={a.duty}
                  onChange={(e) => set(a.key, { duty: e.currentTarget.value })}
                  error={dutyError(a.duty, t)}
                  className="grow"
                />
              </Group>
              {a.newPerson && (
                <Text size="xs" c="dimmed">
                  {t('rosterFixes.newPersonHint')}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange([...adds, emptyAdd(Math.max(0, ...adds.map((a) => a.key)) + 1)])}>
          {t('reconstitute.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
