import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterMember } from '../../../electron/contract';
import { formatDate } from '../../ui/format';

/** The roster without and with the decision, side by side: who leaves (struck out) and who comes in. */
export function RosterCompare({ before, after, date }: { before: RosterMember[]; after: RosterMember[]; date: string }) {
  const { t } = useTranslation();
  const key = (m: RosterMember) => `${m.personId}|${m.role}|${m.position ?? ''}`;
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  return (
    <div className="side-by-side">
      <section>
        <Title order={3} size="h5" mb={4}>
          {t('reconstitute.before', { date: formatDate(date) })}
        </Title>
        <CompareTable label={t('reconstitute.beforeTable')} members={before} mark={(m) => (afterKeys.has(key(m)) ? undefined : 'changed-out')} />
      </section>
      <section>
        <Title order={3} size="h5" mb={4}>
          {t('reconstitute.after', { date: formatDate(date) })}
        </Title>
        <CompareTable label={t('reconstitute.afterTable')} members={after} mark={(m) => (beforeKeys.has(key(m)) ? undefined : 'changed-in')} />
      </section>
    </div>
  );
}

function CompareTable({ label, members, mark }: { label: string; members: RosterMember[]; mark: (m: RosterMember) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">{t('common.index')}</Table.Th>
          <Table.Th>{t('members.fullName')}</Table.Th>
          <Table.Th>{t('members.role')}</Table.Th>
          <Table.Th>{t('members.position')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m, i) => (
          <Table.Tr key={`${m.membershipId}-${i}`} className={mark(m)}>
            <Table.Td className="num">{i + 1}</Table.Td>
            <Table.Td className="nowrap">{m.fullName}</Table.Td>
            <Table.Td className="nowrap">{m.roleName}</Table.Td>
            <Table.Td>{m.position ?? t('common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
