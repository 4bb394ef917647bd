import { Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Person } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PersonPicker } from '../members/PersonPicker';

const describe = (p: Person) => [p.fullName, p.position, p.organisation].filter(Boolean).join(', ');

/** Merge two records of one person: the clerk picks the other record and which one to keep, then confirms. */
export function MergeDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [otherId, setOtherId] = useState<string | null>(null);
  const other = useCommand('people.get', { id: Number(otherId) || 1 }, otherId !== null);
  // No default: the clerk says which record is the right one (the open one is often the mistyped copy).
  const [keep, setKeep] = useState<'this' | 'other' | null>(null);
  const [sure, setSure] = useState(false);
  const merge = useCommandMutation('people.merge');
  const o = otherId !== null ? other.data : undefined;
  const keepId = keep === 'this' ? person.id : Number(otherId);
  const mergeId = keep === 'this' ? Number(otherId) : person.id;
  const submit = async () => {
    try {
      const done = await merge.mutateAsync({ keepId, mergeId });
      onClose();
      navigate(`/members/person/${done.person.id}`, { replace: true });
    } catch {
      // Shown below; nothing was written.
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('people.mergeTitle')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('people.mergeExplain')}</Text>
        <PersonPicker label={t('people.mergeOther')} value={otherId} onChange={setOtherId} exclude={[person.id]} autoFocus />
        {o && (
          <Radio.Group label={t('people.mergeKeep')} value={keep} onChange={(v) => (setKeep(v as 'this' | 'other'), setSure(false))}>
            <Stack gap={6} mt={4}>
              <Radio value="this" label={`${describe(person)} (#${person.id})`} />
              <Radio value="other" label={`${describe(o)} (#${o.id})`} />
            </Stack>
          </Radio.Group>
        )}
        {o && keep !== null && (
          <Checkbox
            checked={sure}
            onChange={(e) => setSure(e.currentTarget.checked)}
            label={t('people.mergeConfirm', { removed: keep === 'this' ? o.fullName : person.fullName })}
          />
        )}
        {merge.error != null && <ErrorAlert error={merge.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!o || keep === null || !sure} loading={merge.isPending} onClick={() => void submit()}>
            {t('people.mergeDo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
