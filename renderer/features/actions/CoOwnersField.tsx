import { ActionIcon, Badge, Group, Input, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OwnerChoice, OwnerSelect } from './OwnerSelect';

const same = (a: OwnerChoice, b: OwnerChoice) =>
  'personId' in a.owner ? 'personId' in b.owner && a.owner.personId === b.owner.personId : 'unitName' in b.owner && a.owner.unitName === b.owner.unitName;

/** Co-owners (phối hợp): each shown with a button to take it off, and a box to add one more. */
export function CoOwnersField({ value, onChange, lead, committeeId, day }: { value: OwnerChoice[]; onChange: (next: OwnerChoice[]) => void; lead: OwnerChoice | null; committeeId?: number | null; day?: string | null }) {
  const { t } = useTranslation();
  // A new box after each choice, so it is empty again for the next one.
  const [round, setRound] = useState(0);
  return (
    <Input.Wrapper label={t('actions.owner.coOwners')}>
      <Stack gap={6}>
        {value.length > 0 && (
          <Group gap={6}>
            {value.map((c) => (
              <Badge
                key={'personId' in c.owner ? `p${c.owner.personId}` : `u${c.owner.unitName}`}
                variant="light"
                color="gray"
                tt="none"
                size="lg"
                className="badge-fit"
                rightSection={
                  <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('actions.owner.removeCoOwner', { name: c.label })} onClick={() => onChange(value.filter((o) => !same(o, c)))}>
                    <IconX size={12} />
                  </ActionIcon>
                }
              >
                {c.label}
              </Badge>
            ))}
          </Group>
        )}
        <OwnerSelect
          key={round}
          label={t('actions.owner.addCoOwner')}
          value={null}
          committeeId={committeeId}
          day={day}
          allowNewUnit
          onChange={(c) => {
            if (!c) return;
            if (!value.some((o) => same(o, c)) && !(lead && same(lead, c))) onChange([...value, c]);
            setRound((r) => r + 1);
          }}
        />
      </Stack>
    </Input.Wrapper>
  );
}
