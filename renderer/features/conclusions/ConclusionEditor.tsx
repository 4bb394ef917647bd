import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConclusionDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DirectivesEditor } from './DirectivesEditor';
import { type DirectiveDraft, draftsOf, itemsInput, newDirective, recipientsFromText } from './directive-list';
import { type SignerDraft, SignerFields } from './SignerFields';

interface Draft {
  title: string;
  datedOn: string;
  signer: SignerDraft;
  recipients: string;
  preamble: string;
  items: DirectiveDraft[];
}

const draftOf = (c: ConclusionDetail): Draft => ({
  title: c.title,
  datedOn: c.datedOn,
  signer: { personId: c.signer.personId, form: c.signer.form, title: c.signer.title ?? '' },
  recipients: c.recipients.join('\n'),
  preamble: c.preamble ?? '',
  items: draftsOf(c.items),
});

/**
 * A draft notice, written on one screen: summary, date, signer (from that day's roster) and
 * signing form, recipients ("Lưu: VT, …" last), opening paragraph, numbered directives with
 * sub-points. "Lưu thông báo" (Ctrl+Enter) writes it all in one command.
 */
export function ConclusionEditor({ conclusion: c, onDirty }: { conclusion: ConclusionDetail; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const update = useCommandMutation('conclusions.update');
  const [draft, setDraft] = useState<Draft>(() => draftOf(c));
  const [dirty, setDirty] = useState(false);
  const [missingTitle, setMissingTitle] = useState(false);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const save = () => {
    if (!draft.title.trim()) return setMissingTitle(true);
    update
      .mutateAsync({
        id: c.id,
        title: draft.title.trim(),
        datedOn: draft.datedOn,
        signer: { personId: draft.signer.personId, form: draft.signer.form, title: draft.signer.title.trim() || null },
        recipients: recipientsFromText(draft.recipients),
        preamble: draft.preamble.trim() || null,
        items: itemsInput(draft.items.filter((d) => d.text.trim())),
      })
      .then(() => setDirty(false), () => undefined);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  };
  return (
    <div onKeyDown={onKey}>
      <Stack gap="md">
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Group align="flex-start" wrap="nowrap">
              <Textarea
                label={t('conclusions.fields.summary')}
                required
                autosize
                minRows={1}
                maxRows={4}
                flex={1}
                value={draft.title}
                onChange={(e) => (change({ title: e.currentTarget.value }), setMissingTitle(false))}
                error={missingTitle ? t('common.required') : undefined}
              />
              <DateField label={t('conclusions.fields.date')} value={draft.datedOn} onChange={(datedOn) => change({ datedOn })} w={170} />
            </Group>
            <SignerFields committeeId={c.committeeId} day={draft.datedOn} value={draft.signer} onChange={(signer) => change({ signer })} />
            <Textarea label={t('conclusions.fields.preamble')} autosize minRows={2} maxRows={8} value={draft.preamble} onChange={(e) => change({ preamble: e.currentTarget.value })} />
          </Stack>
        </Card>
        <Card withBorder padding="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {t('conclusions.fields.directives')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('conclusions.edit.keyboardHint')}
            </Text>
          </Group>
          <DirectivesEditor items={draft.items} onChange={(items) => change({ items })} />
          <Button mt="sm" variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => change({ items: [...draft.items, newDirective()] })}>
            {t('conclusions.edit.addDirective')}
          </Button>
        </Card>
        <Card withBorder padding="md">
          <Textarea
            label={t('conclusions.fields.recipients')}
            description={t('conclusions.fields.recipientsHint')}
            autosize
            minRows={3}
            maxRows={10}
            value={draft.recipients}
            onChange={(e) => change({ recipients: e.currentTarget.value })}
          />
        </Card>
        {update.error != null && <ErrorAlert error={update.error} />}
        <Group justify="flex-end" className="editor-save">
          <Text size="sm" c="dimmed" role="status">
            {dirty ? t('conclusions.page.unsaved') : ''}
          </Text>
          <Button leftSection={<IconDeviceFloppy size={16} />} loading={update.isPending} onClick={save} disabled={!dirty}>
            {t('conclusions.edit.save')}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}
