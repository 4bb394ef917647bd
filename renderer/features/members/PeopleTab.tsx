import { Anchor, Badge, Button, Group, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../electron/contract';
import { heldRows, useCommandPages } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { QueryState } from '../../ui/QueryState';
import { VirtualTable } from '../../ui/VirtualTable';
import { PersonForm } from './PersonForm';

export function PeopleTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const people = useCommandPages('people.list', query.trim() ? { query: query.trim() } : {});
  const { rows, offset } = useMemo(() => heldRows(people.data), [people.data]);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const none = t('common.none');
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
      <QueryState query={people} isEmpty={() => rows.length === 0 && offset === 0} empty={t('members.noPeople')}>
        {() => (
          <VirtualTable
            label={t('members.tabPeople')}
            rows={rows}
            offset={offset}
            columns={6}
            rowKey={(p) => p.id}
            hasMore={people.hasNextPage}
            loadingMore={people.isFetchingNextPage}
            loadMore={() => void people.fetchNextPage()}
            hasPrevious={people.hasPreviousPage}
            loadingPrevious={people.isFetchingPreviousPage}
            loadPrevious={() => void people.fetchPreviousPage()}
            head={
              <Table.Tr>
                <Table.Th>{t('members.fullName')}</Table.Th>
                <Table.Th>{t('members.position')}</Table.Th>
                <Table.Th>{t('members.organisation')}</Table.Th>
                <Table.Th>{t('members.phone')}</Table.Th>
                <Table.Th>{t('members.email')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            }
            row={(p, measure) => (
              <Table.Tr {...measure}>
                <Table.Td fw={500} className="nowrap">
                  <Anchor component={Link} to={`/members/person/${p.id}`} className="name-link">
                    {p.fullName}
                  </Anchor>
                  {!p.active && (
                    <Badge ml={6} size="xs" color="gray" variant="light" tt="none">
                      {t('people.inactive')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{p.position ?? none}</Table.Td>
                <Table.Td>{p.organisation ?? none}</Table.Td>
                <Table.Td className="nowrap">{p.phone ?? none}</Table.Td>
                <Table.Td>{p.email ?? none}</Table.Td>
                <Table.Td>
                  <EditButton what={p.fullName} onClick={() => setEditing(p)} />
                </Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </QueryState>
      {editing && <PersonForm person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
