import { NativeSelect, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterMember } from '../../../electron/contract';
import type { MemberAction, MemberDraft } from './reconstitution-draft';

interface Props {
  members: RosterMember[];
  drafts: Record<number, MemberDraft>;
  roles: Array<{ code: string; name: string }>;
  onChange: (membershipId: number, draft: MemberDraft) => void;
}

const ACTIONS: MemberAction[] = ['keep', 'end', 'change'];

/** The members on the roster the day before: the clerk says who is relieved and whose role changes. */
export function ReconstitutionMembers({ members, drafts, roles, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('reconstitute.current')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('members.fullName')}</Table.Th>
          <Table.Th>{t('members.role')}</Table.Th>
          <Table.Th>{t('reconstitute.action')}</Table.Th>
          <Table.Th>{t('reconstitute.newRole')}</Table.Th>
          <Table.Th>{t('roster.positionInDecision')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => {
          const d = drafts[m.membershipId];
          if (!d) return null;
          const set = (patch: Partial<MemberDraft>) => onChange(m.membershipId, { ...d, ...patch });
          return (
            <Table.Tr key={m.membershipId} className={d.action === 'end' ? 'changed-out' : undefined}>
              <Table.Td fw={500} className="nowrap">
                {m.fullName}
              </Table.Td>
              <Table.Td className="nowrap">{m.roleName}</Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`${t('reconstitute.action')}: ${m.fullName}`}
                  data={ACTIONS.map((a) => ({ value: a, label: t(`reconstitute.actions.${a}`) }))}
                  value={d.action}
                  onChange={(e) => set({ action: e.currentTarget.value as MemberAction })}
                />
              </Table.Td>
              <Table.Td>
                {d.action === 'change' && (
                  <NativeSelect
                    size="xs"
                    aria-label={`${t('reconstitute.newRole')}: ${m.fullName}`}
                    data={roles.map((r) => ({ value: r.code, label: r.name }))}
                    value={d.role}
                    onChange={(e) => set({ role: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {d.action === 'change' && (
                  <TextInput
                    size="xs"
                    aria-label={`${t('roster.positionInDecision')}: ${m.fullName}`}
                    value={d.position}
                    onChange={(e) => set({ position: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
