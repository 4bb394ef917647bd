import { Anchor, Button, Group, Pagination, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Committee, PAGE_DEFAULT_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { QueryState } from '../../ui/QueryState';
import { CommitteeForm } from './CommitteeForm';

export function CommitteesTab() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const committees = useCommand('committees.list', { limit: PAGE_DEFAULT_LIMIT, offset: (page - 1) * PAGE_DEFAULT_LIMIT });
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('members.addCommittee')}
        </Button>
      </Group>
      <QueryState query={committees} isEmpty={(c) => c.items.length === 0} empty={t('members.noCommittees')}>
        {({ items: list, total = 0 }) => (
          <>
          <Table withTableBorder striped highlightOnHover aria-label={t('members.tabCommittees')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.level')}</Table.Th>
                <Table.Th>{t('members.parentBody')}</Table.Th>
                <Table.Th className="num">{t('members.memberCount')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/members/roster/${c.id}`} size="sm">
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td className="nowrap">{t(`levels.${c.level}`)}</Table.Td>
                  <Table.Td>{c.parentBody ?? t('common.none')}</Table.Td>
                  <Table.Td className="num">{c.memberCount}</Table.Td>
                  <Table.Td>
                    <EditButton what={c.name} onClick={() => setEditing(c)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {total > PAGE_DEFAULT_LIMIT && (
            <Pagination mt="sm" size="sm" total={Math.ceil(total / PAGE_DEFAULT_LIMIT)} value={page} onChange={setPage} />
          )}
          </>
        )}
      </QueryState>
      {editing && <CommitteeForm committee={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
