import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { FormModal } from '../../ui/FormModal';

interface Row {
  key: number;
  code?: string;
  name: string;
  /** Memberships with this role: a role in use cannot be removed. */
  used: number;
}

/** The committee's roles, in order (the order of its roster): rename, reorder, add, remove an unused one. */
export function RolesEditor({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const { t } = useTranslation();
  const roles = useCommand('committees.roles', { committeeId: committee.id });
  const save = useCommandMutation('committees.setRoles');
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    if (roles.data && rows === null) setRows(roles.data.items.map((r, i) => ({ key: i + 1, code: r.code, name: r.name, used: r.memberships })));
  }, [roles.data, rows]);
  const list = rows ?? [];
  const saved = (roles.data?.items ?? []).map((r) => [r.code, r.name]);
  const dirty = rows !== null && JSON.stringify(rows.map((r) => [r.code, r.name])) !== JSON.stringify(saved);
  const swap = (i: number, j: number) => {
    const next = [...list];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setRows(next);
  };
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    save.mutate(
      { committeeId: committee.id, roles: list.map((r) => ({ ...(r.code ? { code: r.code } : {}), name: r.name })) },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal dirty={dirty} title={`${t('committees.roles')}: ${committee.name}`} onClose={onClose} onSubmit={submit} saving={save.isPending} error={save.error ?? roles.error}>
      <Stack gap={6}>
        {list.map((r, i) => (
          <Group key={r.key} gap={4} wrap="nowrap">
            <Text size="sm" c="dimmed" w={24} ta="right">
              {i + 1}.
            </Text>
            <TextInput
              className="grow"
              aria-label={`${t('members.role')} ${i + 1}`}
              value={r.name}
              onChange={(e) => setRows(list.map((x) => (x.key === r.key ? { ...x, name: e.currentTarget.value } : x)))}
            />
            <ActionIcon variant="subtle" disabled={i === 0} onClick={() => swap(i, i - 1)} aria-label={`${t('committees.up')}: ${r.name}`}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" disabled={i === list.length - 1} onClick={() => swap(i, i + 1)} aria-label={`${t('committees.down')}: ${r.name}`}>
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={r.used > 0}
              title={r.used > 0 ? t('committees.roleInUse', { count: r.used }) : undefined}
              onClick={() => setRows(list.filter((x) => x.key !== r.key))}
              aria-label={`${t('reconstitute.removeRow')}: ${r.name}`}
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
            onClick={() => setRows([...list, { key: Math.max(0, ...list.map((x) => x.key)) + 1, name: '', used: 0 }])}
          >
            {t('committees.addRole')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
