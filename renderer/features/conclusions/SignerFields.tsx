import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SIGNING_FORMS, type SigningForm } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { formatDate } from '../../ui/format';

export interface SignerDraft {
  personId: number | null;
  form: SigningForm;
  title: string;
}

/**
 * The signer: a member of the committee's roster on the notice's date (conclusions.signers),
 * the signing form their role suggests (TM./KT./own name) and the title printed under it.
 */
export function SignerFields({ committeeId, day, value, onChange }: { committeeId: number; day: string; value: SignerDraft; onChange: (next: SignerDraft) => void }) {
  const { t } = useTranslation();
  const options = useCommand('conclusions.signers', { committeeId, asOf: day });
  const signers = options.data?.signers ?? [];
  return (
    <Group align="flex-start" grow>
      <Select
        label={t('conclusions.fields.signer')}
        description={t('conclusions.fields.signerHint', { date: formatDate(day) })}
        data={signers.map((s) => ({ value: String(s.personId), label: `${s.fullName} — ${s.roleName}` }))}
        value={value.personId !== null ? String(value.personId) : null}
        onChange={(v) => {
          const chosen = signers.find((s) => String(s.personId) === v);
          onChange(chosen ? { personId: chosen.personId, form: chosen.suggestedForm, title: chosen.suggestedTitle } : { ...value, personId: null });
        }}
        searchable
        clearable
      />
      <Select
        label={t('conclusions.fields.form')}
        data={SIGNING_FORMS.map((f) => ({ value: f, label: t(`conclusions.fields.forms.${f}`) }))}
        value={value.form}
        onChange={(v) => v && onChange({ ...value, form: v as SigningForm })}
        allowDeselect={false}
      />
      <TextInput label={t('conclusions.fields.signerTitle')} value={value.title} onChange={(e) => onChange({ ...value, title: e.currentTarget.value })} />
    </Group>
  );
}
