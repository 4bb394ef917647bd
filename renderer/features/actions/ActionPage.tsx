import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconPencil, IconPlayerPause, IconPlayerPlay, IconPlus, IconPrinter, IconRotate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ActionDetail } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';
import { ConfirmRemove } from '../meetings/ConfirmRemove';
import { ActionForm } from './ActionForm';
import { ActionStatusBadge } from './ActionStatusBadge';
import { CompleteForm } from './CompleteForm';
import { ProgressForm } from './ProgressForm';
import { ReasonForm } from './ReasonForm';
import { memberTasksHref, reminderHref } from './print-links';
import './actions.css';

type Dialog = 'edit' | 'progress' | 'complete' | 'reopen' | 'hold' | 'delete' | null;

/** One action, `#/actions/<id>`: who, by when, its status today, its progress, and the steps. */
export function ActionPage() {
  const { t } = useTranslation();
  const actionId = Number(useParams().actionId);
  const action = useCommand('actions.get', { id: actionId }, actionId > 0);
  return (
    <>
      <Anchor component={Link} to="/actions" size="sm" mb={4} display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('actions.page.back')}
        </Group>
      </Anchor>
      <QueryState query={action}>{(a) => <ActionView action={a} />}</QueryState>
    </>
  );
}

function ActionView({ action: a }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const [dialog, setDialog] = useState<Dialog>(null);
  const hold = useCommandMutation('actions.hold');
  const resume = useCommandMutation('actions.resume');
  const reopen = useCommandMutation('actions.reopen');
  const remove = useCommandMutation('actions.delete');
  const done = a.completedOn !== null;
  const lead = a.owners.find((o) => o.lead) ?? a.leadOwner;
  const none = t('common.none');
  const facts: Array<[string, string]> = [
    [t('actions.columns.committee'), a.committeeName],
    [t('actions.columns.conclusion'), a.conclusionNumber !== null ? t('actions.conclusionNo', { number: String(a.conclusionNumber).padStart(2, '0') }) : t('actions.page.standalone')],
    [t('actions.page.assignedOn'), formatDate(a.assignedOn)],
    [t('actions.columns.deadline'), a.deadline ? formatDate(a.deadline) : t('actions.noDeadline')],
    [t('actions.owner.lead'), lead?.name ?? none],
    [t('actions.owner.coOwners'), a.owners.filter((o) => !o.lead).map((o) => o.name).join('; ') || none],
    [t('actions.columns.completedOn'), a.completedOn ? formatDate(a.completedOn) : none],
  ];
  if (a.description) facts.push([t('actions.form.description'), a.description]);
  if (a.evidenceText) facts.push([t('actions.page.evidence'), a.evidenceText]);
  if (a.onHold && a.holdReason) facts.push([t('actions.page.holdReason'), a.holdReason]);

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={1} size="h3">
            {a.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('actions.asOfLine', { date: formatDate(a.asOf) })}
          </Text>
        </Stack>
        <ActionStatusBadge status={a.status} size="lg" />
      </Group>
      <div className="grid-2">
        <Card withBorder padding="md">
          <dl className="action-facts" aria-label={t('actions.page.facts')}>
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt>{term}</dt>
                <dd className="progress-text">{value}</dd>
              </div>
            ))}
          </dl>
          <Group gap="xs" mt="md">
            <Button size="sm" variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
              {t('actions.page.edit')}
            </Button>
            {!done && (
              <Button size="sm" leftSection={<IconCheck size={16} />} onClick={() => setDialog('complete')}>
                {t('actions.complete.action')}
              </Button>
            )}
            {done && (
              <Button size="sm" variant="default" leftSection={<IconRotate size={16} />} onClick={() => (reopen.reset(), setDialog('reopen'))}>
                {t('actions.complete.reopen')}
              </Button>
            )}
            {!done && !a.onHold && (
              <Button size="sm" variant="default" leftSection={<IconPlayerPause size={16} />} onClick={() => (hold.reset(), setDialog('hold'))}>
                {t('actions.hold.action')}
              </Button>
            )}
            {!done && a.onHold && (
              <Button size="sm" variant="default" leftSection={<IconPlayerPlay size={16} />} loading={resume.isPending} onClick={() => resume.mutate({ id: a.id })}>
                {t('actions.hold.resume')}
              </Button>
            )}
            <Button size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => (remove.reset(), setDialog('delete'))}>
              {t('actions.page.delete')}
            </Button>
          </Group>
          {lead && (
            <Group gap="xs" mt="xs">
              {lead.personId !== null && (
                <Button size="xs" variant="subtle" component={Link} to={memberTasksHref(lead.personId, a.committeeId)} leftSection={<IconPrinter size={14} />}>
                  {t('actions.docs.tasks')}
                </Button>
              )}
              {a.status === 'overdue' && (
                <Button size="xs" variant="subtle" component={Link} to={reminderHref(lead, a.committeeId)} leftSection={<IconPrinter size={14} />}>
                  {t('actions.docs.reminder')}
                </Button>
              )}
            </Group>
          )}
        </Card>
        <Card withBorder padding="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {t('actions.progress.title')}
            </Title>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setDialog('progress')} disabled={!today}>
              {t('actions.progress.add')}
            </Button>
          </Group>
          {a.progress.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('actions.progress.none')}
            </Text>
          ) : (
            <Table withTableBorder aria-label={t('actions.progress.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className="nowrap">{t('actions.progress.date')}</Table.Th>
                  <Table.Th>{t('actions.progress.text')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.progress.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td className="nowrap">{formatDate(p.reportedOn)}</Table.Td>
                    <Table.Td className="progress-text">
                      {p.text}
                      {p.attachmentName && (
                        <Text size="xs" c="dimmed">
                          {t('actions.progress.file')}: {p.attachmentName}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </div>
      {dialog === 'edit' && <ActionForm action={a} onClose={() => setDialog(null)} />}
      {dialog === 'progress' && today && <ProgressForm actionId={a.id} today={today} onClose={() => setDialog(null)} />}
      {dialog === 'complete' && today && <CompleteForm action={a} today={today} onClose={() => setDialog(null)} />}
      {dialog === 'hold' && (
        <ReasonForm
          title={t('actions.hold.title')}
          label={t('actions.hold.reason')}
          saving={hold.isPending}
          error={hold.error}
          onSubmit={(reason) => hold.mutateAsync({ id: a.id, reason })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReasonForm
          title={t('actions.complete.reopenTitle')}
          label={t('actions.complete.reopenReason')}
          saving={reopen.isPending}
          error={reopen.error}
          onSubmit={(reason) => reopen.mutateAsync({ id: a.id, reason })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmRemove
          title={t('actions.page.deleteConfirm')}
          question={t('actions.page.deleteAsk', { title: a.title })}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() => remove.mutateAsync({ id: a.id }).then(() => navigate('/actions'), () => undefined)}
        />
      )}
    </>
  );
}
