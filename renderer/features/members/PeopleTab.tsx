import { Button, Group, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { QueryState } from '../../ui/QueryState';
import { PersonForm } from './PersonForm';

export function PeopleTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const people = useCommand('people.list', query.trim() ? { query: query.trim() } : {});
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <TextInput
          placeholder={t('members.searchPeople')}
          aria-label={t('members.searchPeople')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={420}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('members.addPerson')}
        </Button>
      </Group>
      <QueryState query={people} isEmpty={(p) => p.length === 0} empty={t('members.noPeople')}>
        {(list) => (
          <Table withTableBorder striped highlightOnHover aria-label={t('members.tabPeople')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.fullName')}</Table.Th>
                <Table.Th>{t('members.position')}</Table.Th>
                <Table.Th>{t('members.organisation')}</Table.Th>
                <Table.Th>{t('members.phone')}</Table.Th>
                <Table.Th>{t('members.email')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={500} className="nowrap">
                    {p.fullName}
                  </Table.Td>
                  <Table.Td>{p.position ?? t('common.none')}</Table.Td>
                  <Table.Td>{p.organisation ?? t('common.none')}</Table.Td>
                  <Table.Td className="nowrap">{p.phone ?? t('common.none')}</Table.Td>
                  <Table.Td>{p.email ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <EditButton what={p.fullName} onClick={() => setEditing(p)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {editing && <PersonForm person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
