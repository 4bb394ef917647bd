import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { DECISION_KINDS, type DecisionKind } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { FormModal } from '../../ui/FormModal';
import { dutyError } from './duty-length';
import { DecisionFields, type DecisionValues, decisionInput, emptyDecision } from './DecisionFields';
import { PersonPicker } from './PersonPicker';
import { useCommitteeRoles } from './use-committee-roles';

interface Values {
  personId: string | null;
  role: string | null;
  position: string;
  duty: string;
  fromDate: string | null;
  /** Null until the clerk chooses: then thành lập for a committee with no decision yet, else bổ sung. */
  kind: DecisionKind | null;
  decision: DecisionValues;
}

/** Appoint a person to the committee by a decision. */
export function AppointForm({ committeeId, onClose }: { committeeId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const roles = useCommitteeRoles(committeeId);
  // One decision, one transaction: the appointment is a reconstitution that only adds.
  const appoint = useCommandMutation('roster.reconstitution.apply');
  const form = useForm<Values>({
    initialValues: { personId: null, role: null, position: '', duty: '', fromDate: null, kind: null, decision: emptyDecision() },
    validate: {
      personId: (v) => (v ? null : t('common.required')),
      role: (v) => (v ? null : t('common.required')),
      fromDate: (v) => (v ? null : t('common.required')),
      duty: (v) => dutyError(v, t),
      decision: { number: (v) => (v.trim() ? null : t('common.required')), signedOn: (v) => (v ? null : t('common.required')) },
    },
  });
  const from = form.getInputProps('fromDate');
  // The committee's first decision founds it (thành lập); later ones add to it (bổ sung).
  const decisions = useCommand('committees.history', { committeeId, limit: 1 });
  const defaultKind: DecisionKind | null = decisions.data ? (decisions.data.items.length === 0 ? 'thanh_lap' : 'bo_sung') : null;
  const kind = form.values.kind ?? defaultKind;

  // The position offered is the chosen person's current one (the clerk edits it to what the
  // decision writes); a position the clerk typed is never overwritten.
  const personId = form.values.personId ? Number(form.values.personId) : null;
  const person = useCommand('people.get', { id: personId ?? 0 }, personId !== null);
  const offered = useRef('');
  const currentPosition = person.data?.id === personId ? (person.data?.position ?? '') : null;
  useEffect(() => {
    if (currentPosition === null) return;
    if (form.values.position === '' || form.values.position === offered.current) {
      offered.current = currentPosition;
      form.setFieldValue('position', currentPosition);
    }
    // Only a newly chosen person offers a position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentPosition, personId]);

  const submit = form.onSubmit(async (v) => {
    try {
      await appoint.mutateAsync({
        committeeId,
        decision: decisionInput(v.decision, v.kind ?? defaultKind ?? 'bo_sung'),
        effectiveDate: v.fromDate ?? '',
        add: [{ personId: Number(v.personId), role: v.role ?? '', position: v.position, duty: v.duty }],
      });
      onClose();
    } catch {
      // Shown below from the mutation's state; nothing was written.
    }
  });

  return (
    <FormModal dirty={form.isDirty()} title={t('roster.appointTitle')} onClose={onClose} onSubmit={submit} saving={appoint.isPending} error={appoint.error}>
      <PersonPicker label={t('members.fullName')} autoFocus {...form.getInputProps('personId')} />
      <Group grow align="flex-start">
        <Select
          label={t('members.role')}
          required
          data={roles.map((r) => ({ value: r.code, label: r.name }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <DateField label={t('roster.fromDate')} required value={from.value as string | null} onChange={(iso) => from.onChange(iso)} error={from.error as string | undefined} />
      </Group>
      <TextInput label={t('roster.positionInDecision')} {...form.getInputProps('position')} />
      <Textarea label={t('members.duty')} autosize minRows={2} {...form.getInputProps('duty')} />
      <Select
        label={t('pickerFixes.decisionKind')}
        data={DECISION_KINDS.map((k) => ({ value: k, label: t(`pickerFixes.decisionKinds.${k}`) }))}
        value={kind}
        onChange={(k) => k && form.setFieldValue('kind', k as DecisionKind)}
        allowDeselect={false}
        required
        w={220}
      />
      <DecisionFields form={form} />
    </FormModal>
  );
}
