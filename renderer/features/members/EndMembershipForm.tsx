import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { RosterMember } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';
import { DecisionFields, type DecisionValues, decisionInput, emptyDecision } from './DecisionFields';

interface Values {
  toDate: string | null;
  decision: DecisionValues;
}

/** End a membership by a decision: from that day the person is off the roster. */
export function EndMembershipForm({ committeeId, member, onClose }: { committeeId: number; member: RosterMember; onClose: () => void }) {
  const { t } = useTranslation();
  // The decision and the end are written together: a reconstitution that only relieves.
  const end = useCommandMutation('roster.reconstitution.apply');
  const form = useForm<Values>({
    initialValues: { toDate: null, decision: emptyDecision() },
    validate: {
      toDate: (v) => (v ? null : t('common.required')),
      decision: { number: (v) => (v.trim() ? null : t('common.required')), signedOn: (v) => (v ? null : t('common.required')) },
    },
  });
  const to = form.getInputProps('toDate');
  const submit = form.onSubmit(async (v) => {
    try {
      await end.mutateAsync({ committeeId, decision: decisionInput(v.decision, 'khac'), effectiveDate: v.toDate ?? '', end: [{ membershipId: member.membershipId }] });
      onClose();
    } catch {
      // Shown below; nothing was written.
    }
  });
  return (
    <FormModal dirty={form.isDirty()} title={t('roster.endTitle', { name: member.fullName })} onClose={onClose} onSubmit={submit} saving={end.isPending} error={end.error}>
      <Text size="sm">{t('roster.endExplain', { name: member.fullName, role: member.roleName })}</Text>
      <DateField label={t('roster.toDate')} required value={to.value as string | null} onChange={(iso) => to.onChange(iso)} error={to.error as string | undefined} />
      <DecisionFields form={form} />
    </FormModal>
  );
}
