import { Alert, Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconHistory, IconListNumbers, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Committee, type CommitteeSaved, PAGE_MAX_LIMIT } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { QueryState } from '../../ui/QueryState';
import { CommitteeForm } from './CommitteeForm';
import { RolesEditor } from './RolesEditor';
import { treeRows } from './committee-tree';

/**
 * The committees as a tree: a parent, then its children, indented. The search box asks the core
 * (committees.list `query`, folded) so any committee of any number can be found.
 */
export function CommitteesTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 200);
    return () => clearTimeout(timer);
  }, [search]);
  const committees = useCommand('committees.list', { limit: PAGE_MAX_LIMIT, ...(query ? { query } : {}) });
  const list = useMemo(() => committees.data?.items ?? [], [committees.data]);
  const rows = useMemo(() => treeRows(list), [list]);
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  const [rolesOf, setRolesOf] = useState<Committee | null>(null);
  // The core's warnings on the last save (a same-named sibling): shown after the form closes.
  const [saved, setSaved] = useState<CommitteeSaved | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm" align="flex-end">
        <TextInput
          label={t('pickerFixes.committeeSearch')}
          description={t('pickerFixes.committeeSearchHint')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={380}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('members.addCommittee')}
        </Button>
      </Group>
      {saved && saved.warnings.length > 0 && (
        <Alert color="yellow" variant="light" role="status" mb="xs" withCloseButton onClose={() => setSaved(null)} closeButtonLabel={t('common.close')}>
          {saved.name}: {saved.warnings.map((w) => t(`warnings.${w.code}`)).join(' ')}
        </Alert>
      )}
      <QueryState query={committees} isEmpty={(c) => c.items.length === 0} empty={query ? t('committeePicker.none') : t('members.noCommittees')}>
        {({ total = 0 }) => (
          <>
            {total > list.length && (
              <Alert color="orange" variant="light" mb="xs">
                {t('committees.truncated', { count: list.length, total })} {t('pickerFixes.committeeSearchHint')}
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
      {editing && (
        <CommitteeForm
          committee={editing === 'new' ? null : editing}
          onClose={(done) => {
            setEditing(null);
            setSaved(done ?? null);
          }}
        />
      )}
    </>
  );
}
