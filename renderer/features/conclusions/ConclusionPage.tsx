import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypeDocx, IconListCheck, IconPrinter, IconSend, IconTicket, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ConclusionDetail } from '../../../electron/contract';
import { call, useCommand, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { actionsListHref } from '../actions/action-filter-params';
import { FromConclusionForm } from '../actions/FromConclusionForm';
import { ReasonForm } from '../actions/ReasonForm';
import { ConfirmRemove } from '../meetings/ConfirmRemove';
import { ConfirmStep } from './ConfirmStep';
import { saveExportedFile } from '../print/save-exported-file';
import { ConclusionEditor } from './ConclusionEditor';
import { ConclusionView } from './ConclusionView';
import { IssueDialog } from './IssueDialog';
import { CONCLUSION_STATUS_COLOR } from './status-color';
import './conclusions.css';

type Dialog = 'issue' | 'reserve' | 'cancel' | 'delete' | 'toActions' | null;

/** One notice, `#/conclusions/<id>`: the editor while a draft; issue, reserve, cancel; print and Word; its actions. */
export function ConclusionPage() {
  const { t } = useTranslation();
  const id = Number(useParams().conclusionId);
  const conclusion = useCommand('conclusions.get', { id }, id > 0);
  return (
    <>
      <Anchor component={Link} to="/conclusions" size="sm" mb={4} display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('conclusions.page.back')}
        </Group>
      </Anchor>
      <QueryState query={conclusion}>{(c) => <ConclusionScreen conclusion={c} />}</QueryState>
    </>
  );
}

function ConclusionScreen({ conclusion: c }: { conclusion: ConclusionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dirty, setDirty] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const reserve = useCommandMutation('documentNumbers.reserve');
  const cancel = useCommandMutation('conclusions.cancel');
  const remove = useCommandMutation('conclusions.delete');
  const actions = useCommand('actions.list', { conclusionId: c.id, limit: 1 });
  const draft = c.status === 'draft';
  const actionCount = actions.data?.total ?? 0;
  const download = async () => {
    setDownloadError(null);
    try {
      saveExportedFile(await call('conclusions.exportDocx', { id: c.id }));
    } catch (error) {
      setDownloadError(error);
    }
  };
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={1} size="h3">
            {c.symbol ?? t('conclusions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {[c.committeeName, formatDate(c.datedOn), c.meetingTitle ? t('conclusions.page.fromMeeting', { title: c.meetingTitle }) : t('conclusions.page.standalone')].join(' · ')}
          </Text>
        </Stack>
        <Badge size="lg" variant="light" color={CONCLUSION_STATUS_COLOR[c.status]} tt="none" className="badge-fit">
          {t(`conclusions.statuses.${c.status}`)}
        </Badge>
      </Group>
      <Group gap="xs" mb="sm">
        {draft && (
          <Button size="sm" leftSection={<IconSend size={16} />} onClick={() => setDialog('issue')} disabled={dirty} title={dirty ? t('conclusions.issue.unsavedFirst') : undefined}>
            {t('conclusions.issue.action')}
          </Button>
        )}
        {draft && (
          <Button size="sm" variant="default" leftSection={<IconTicket size={16} />} onClick={() => (reserve.reset(), setDialog('reserve'))}>
            {t('conclusions.reserve.action')}
          </Button>
        )}
        <Button size="sm" variant="default" component={Link} to={`/print/conclusion/${c.id}`} leftSection={<IconPrinter size={16} />}>
          {t('conclusions.print')}
        </Button>
        <Button size="sm" variant="default" leftSection={<IconFileTypeDocx size={16} />} onClick={() => void download()}>
          {t('conclusions.docx')}
        </Button>
        {c.items.length > 0 && c.status !== 'cancelled' && (
          <Button size="sm" variant="default" leftSection={<IconListCheck size={16} />} onClick={() => setDialog('toActions')}>
            {t('actions.fromConclusion.action')}
          </Button>
        )}
        {actionCount > 0 && (
          <Button size="sm" variant="subtle" component={Link} to={actionsListHref({ conclusionId: c.id })}>
            {t('conclusions.page.actions')} ({actionCount})
          </Button>
        )}
        {c.status === 'issued' && (
          <Button size="sm" variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={() => (cancel.reset(), setDialog('cancel'))}>
            {t('conclusions.cancel.action')}
          </Button>
        )}
      </Group>
      {downloadError != null && <ErrorAlert error={downloadError} />}
      {reserve.data && (
        <Alert color="blue" variant="light" mb="sm" role="status">
          {t('conclusions.reserve.reserved', { symbol: reserve.data.symbol })}
        </Alert>
      )}
      {c.status === 'cancelled' && (
        <Alert color="red" variant="light" mb="sm">
          {t('conclusions.page.cancelled', { reason: c.cancelReason ?? '', number: c.numberText ?? '' })}
        </Alert>
      )}
      {draft ? <ConclusionEditor key={c.updatedAt} conclusion={c} onDirty={setDirty} /> : <ConclusionView conclusion={c} />}
      {draft && (
        <Button mt="md" size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => (remove.reset(), setDialog('delete'))}>
          {t('conclusions.edit.delete')}
        </Button>
      )}
      {dialog === 'issue' && <IssueDialog conclusion={c} onClose={() => setDialog(null)} />}
      {dialog === 'reserve' && (
        <ConfirmStep
          title={t('conclusions.reserve.ok')}
          question={t('conclusions.reserve.explain')}
          pending={reserve.isPending}
          error={reserve.error}
          onClose={() => setDialog(null)}
          onConfirm={() => reserve.mutateAsync({ committeeId: c.committeeId, type: 'TB', issuedOn: c.datedOn, note: c.title.slice(0, 500) }).then(() => setDialog(null), () => undefined)}
        />
      )}
      {dialog === 'cancel' && (
        <ReasonForm
          title={t('conclusions.cancel.title')}
          label={t('conclusions.cancel.reason')}
          explain={t('conclusions.cancel.explain', { number: c.numberText ?? '' })}
          saving={cancel.isPending}
          error={cancel.error}
          onSubmit={(reason) => cancel.mutateAsync({ id: c.id, reason })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmRemove
          title={t('conclusions.edit.delete')}
          question={t('conclusions.edit.deleteAsk', { title: c.title })}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() => remove.mutateAsync({ id: c.id }).then(() => navigate('/conclusions'), () => undefined)}
        />
      )}
      {dialog === 'toActions' && <FromConclusionForm conclusion={c} onClose={() => setDialog(null)} />}
    </>
  );
}
