import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConclusionDetail } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { nextNumberLine } from './next-number';

/**
 * "Ban hành": asks once, showing the number the notice will carry (the next of the committee's
 * TB series, or a number reserved for it) and its date. Cancel has the focus.
 */
export function IssueDialog({ conclusion: c, onClose }: { conclusion: ConclusionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const issue = useCommandMutation('conclusions.issue');
  const numbers = useCommand('documentNumbers.list', { committeeId: c.committeeId, type: 'TB', limit: 50 });
  const committee = useCommand('committees.get', { id: c.committeeId });
  const settings = useCommand('documentNumbers.settings', { committeeId: c.committeeId });
  const reserved = (numbers.data?.items ?? []).filter((n) => n.status === 'reserved');
  const [choice, setChoice] = useState<string>('next');
  const [issuedOn, setIssuedOn] = useState<string>(c.datedOn);
  const picked = reserved.find((n) => String(n.id) === choice);
  const next = committee.data && settings.data ? nextNumberLine(committee.data, settings.data.termStartedOn, numbers.data?.items ?? [], issuedOn) : null;
  const number = picked ? picked.symbol : next;
  return (
    <Modal opened onClose={onClose} title={t('conclusions.issue.title')} lockScroll={false}>
      <Stack gap="sm">
        <DateField label={t('conclusions.issue.date')} value={issuedOn} onChange={setIssuedOn} w={180} />
        {reserved.length > 0 && (
          <Radio.Group value={choice} onChange={setChoice} label={t('conclusions.issue.useReserved')}>
            <Stack gap={4} mt={4}>
              <Radio value="next" label={t('conclusions.issue.nextInSeries')} />
              {reserved.map((n) => (
                <Radio key={n.id} value={String(n.id)} label={`${n.symbol} (${formatDate(n.issuedOn)})`} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Text size="sm" data-testid="issue-confirm">
          {t('conclusions.issue.confirm', { number: number ?? t('conclusions.issue.nextNumber'), date: formatDate(issuedOn) })}
        </Text>
        {issue.error != null && <ErrorAlert error={issue.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button loading={issue.isPending} disabled={numbers.isPending || committee.isPending || settings.isPending} onClick={() => issue.mutateAsync({ id: c.id, issuedOn, ...(picked ? { documentNumberId: picked.id } : {}) }).then(onClose, () => undefined)}>
            {t('conclusions.issue.ok')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
