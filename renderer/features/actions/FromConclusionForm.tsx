import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConclusionDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { actionsListHref } from './action-filter-params';
import { type OwnerChoice, OwnerSelect } from './OwnerSelect';

interface Row {
  owner: OwnerChoice | null;
  deadline: string | null;
}

/**
 * "Chuyển các chỉ đạo thành nhiệm vụ": every directive of the notice becomes one action in one
 * step (one transaction): a lead owner for each, a common deadline and, where needed, its own.
 */
export function FromConclusionForm({ conclusion: c, onClose }: { conclusion: ConclusionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCommandMutation('actions.createFromConclusion');
  const [deadline, setDeadline] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>(() => c.items.map(() => ({ owner: null, deadline: null })));
  const [tried, setTried] = useState(false);
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const missing = rows.some((r) => !r.owner);
  const submit = () => {
    setTried(true);
    if (missing) return;
    create
      .mutateAsync({
        conclusionId: c.id,
        deadline,
        assignedOn: c.datedOn,
        items: c.items.map((item, i) => ({
          conclusionItemId: item.id,
          owner: rows[i]!.owner!.owner,
          ...(rows[i]!.deadline ? { deadline: rows[i]!.deadline } : {}),
        })),
      })
      .then(() => (onClose(), navigate(actionsListHref({ conclusionId: c.id }))), () => undefined);
  };
  return (
    <Modal opened onClose={onClose} title={t('actions.fromConclusion.title')} size="90%" lockScroll={false}>
      <Stack gap="sm">
        <Text size="sm">{t('actions.fromConclusion.explain')}</Text>
        <DateField label={t('actions.fromConclusion.deadline')} value={deadline} onChange={setDeadline} w={200} />
        <Table withTableBorder aria-label={t('actions.fromConclusion.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.index')}</Table.Th>
              <Table.Th>{t('conclusions.fields.directives')}</Table.Th>
              <Table.Th>{t('actions.owner.lead')}</Table.Th>
              <Table.Th>{t('actions.fromConclusion.itemDeadline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.items.map((item, i) => (
              <Table.Tr key={item.id}>
                <Table.Td className="num">{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3}>
                    {item.text}
                  </Text>
                </Table.Td>
                <Table.Td w={300}>
                  <OwnerSelect
                    label={t('actions.fromConclusion.item', { n: i + 1 })}
                    value={rows[i]!.owner}
                    onChange={(owner) => setRow(i, { owner })}
                    committeeId={c.committeeId}
                    day={c.datedOn}
                    allowNewUnit
                    required
                    error={tried && !rows[i]!.owner ? t('actions.owner.required') : undefined}
                  />
                </Table.Td>
                <Table.Td w={170}>
                  <DateField label={t('actions.fromConclusion.itemDeadline')} value={rows[i]!.deadline} onChange={(d) => setRow(i, { deadline: d })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {tried && missing && (
          <Alert color="red" variant="light" role="alert">
            {t('actions.owner.required')}
          </Alert>
        )}
        {create.error != null && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={create.isPending} onClick={submit}>
            {t('actions.fromConclusion.action')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
