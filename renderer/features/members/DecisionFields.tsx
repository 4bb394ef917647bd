import { Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DecisionKind } from '../../../electron/contract';
import { DateField } from '../../ui/DateField';

export interface DecisionValues {
  number: string;
  signedOn: string | null;
  issuingBody: string;
  signer: string;
  signerTitle: string;
}

export const emptyDecision = (): DecisionValues => ({ number: '', signedOn: null, issuingBody: '', signer: '', signerTitle: '' });

/** The decision that makes or ends a membership: number and symbol, date, issuing body, signer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function DecisionFields({ form, path = 'decision' }: { form: UseFormReturnType<any>; path?: string }) {
  const { t } = useTranslation();
  const date = form.getInputProps(`${path}.signedOn`);
  return (
    <fieldset className="plain-fieldset">
      <legend>{t('decision.legend')}</legend>
      <Group grow align="flex-start">
        <TextInput label={t('decision.number')} placeholder="25-QĐ/TU" required {...form.getInputProps(`${path}.number`)} />
        <DateField label={t('decision.date')} value={date.value as string | null} onChange={(iso) => date.onChange(iso)} error={date.error as string | undefined} required />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('decision.issuingBody')} placeholder="Tỉnh ủy Thanh Hóa" {...form.getInputProps(`${path}.issuingBody`)} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('decision.signer')} {...form.getInputProps(`${path}.signer`)} />
        <TextInput label={t('decision.signerTitle')} placeholder="Bí thư" {...form.getInputProps(`${path}.signerTitle`)} />
      </Group>
    </fieldset>
  );
}

/** The decision as a command takes it: empty text clears a field. */
export function decisionInput(v: DecisionValues, kind: DecisionKind) {
  return {
    kind,
    number: v.number.trim(),
    signedOn: v.signedOn ?? '',
    issuingBody: v.issuingBody,
    signer: v.signer,
    signerTitle: v.signerTitle,
  };
}
