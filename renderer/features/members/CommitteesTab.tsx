import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconHistory, IconListNumbers, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Committee, PAGE_MAX_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { QueryState } from '../../ui/QueryState';
import { CommitteeForm } from './CommitteeForm';
import { RolesEditor } from './RolesEditor';
import { treeRows } from './committee-tree';

/** The committees as a tree: a parent, then its children, indented. */
export function CommitteesTab() {
  const { t } = useTranslation();
  const committees = useCommand('committees.list', { limit: PAGE_MAX_LIMIT });
  const list = useMemo(() => committees.data?.items ?? [], [committees.data]);
  const rows = useMemo(() => treeRows(list), [list]);
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  const [rolesOf, setRolesOf] = useState<Committee | null>(null);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('members.addCommittee')}
        </Button>
      </Group>
      <QueryState query={committees} isEmpty={(c) => c.items.length === 0} empty={t('members.noCommittees')}>
        {({ total = 0 }) => (
          <>
            {total > list.length && (
              <Alert color="orange" variant="light" mb="xs">
                {t('committees.truncated', { count: list.length, total })}
              </Alert>
            )}
            <Table withTableBorder highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('members.tabCommittees')}>
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
                {rows.map(({ committee: c, depth }) => (
                  <Table.Tr key={c.id} data-level={depth + 1}>
                    <Table.Td>
                      <div className={`tree-cell tree-depth-${Math.min(depth, 6)}`}>
                        {depth > 0 && (
                          <Text span c="dimmed" aria-hidden="true">
                            └
                          </Text>
                        )}
                        <Anchor component={Link} to={`/members/roster/${c.id}`} size="sm">
                          {c.name}
                        </Anchor>
                      </div>
                    </Table.Td>
                    <Table.Td className="nowrap">{t(`levels.${c.level}`)}</Table.Td>
                    <Table.Td>{c.parentBody ?? t('common.none')}</Table.Td>
                    <Table.Td className="num">{c.memberCount}</Table.Td>
                    <Table.Td className="nowrap">
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          component={Link}
                          to={`/members/committee-history/${c.id}`}
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconHistory size={14} />}
                          aria-label={`${t('history.title')}: ${c.name}`}
                        >
                          {t('history.title')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconListNumbers size={14} />}
                          onClick={() => setRolesOf(c)}
                          aria-label={`${t('committees.rolesShort')}: ${c.name}`}
                        >
                          {t('committees.rolesShort')}
                        </Button>
                        <EditButton what={c.name} onClick={() => setEditing(c)} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </QueryState>
      {rolesOf && <RolesEditor committee={rolesOf} onClose={() => setRolesOf(null)} />}
      {editing && <CommitteeForm committee={editing === 'new' ? null : editing} committees={list} onClose={() => setEditing(null)} />}
    </>
  );
}
