import { Badge, Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { Minutes } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { RichTextView } from '../../ui/rich-text/RichTextView';
import { formatDate } from '../../ui/format';
import { AmendForm } from './AmendForm';
import { DraftView } from './DraftView';
import { MinutesFieldsView } from './MinutesFieldsForm';
import { VersionsPanel } from './VersionsPanel';
import { savesSettled } from './pending-saves';

function FinalizedView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const [amending, setAmending] = useState(false);
  if (amending) return <AmendForm minutes={minutes} onDone={() => setAmending(false)} />;
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('minutes.finalizedOn', { date: formatDate(minutes.versions[0]?.madeOn ?? minutes.finalizedAt) })}
        </Text>
        <Button variant="default" onClick={() => setAmending(true)}>
          {t('minutes.amend')}
        </Button>
      </Group>
      <MinutesFieldsView value={minutes.fields} />
      <RichTextView doc={minutes.body} label={t('minutes.body')} />
      <VersionsPanel key={minutes.versions.length} meetingId={minutes.meetingId} versions={minutes.versions} />
    </>
  );
}

/**
 * The archive's current minutes, read afresh each time the screen opens (and on `load`), after
 * any save still running from the screen just left: a cached copy would start the editor from an
 * old revision, and every keystroke after would be refused as stale.
 */
function useFreshMinutes(meetingId: number, load: number) {
  const valid = Number.isInteger(meetingId) && meetingId > 0;
  const minutes = useCommand('minutes.get', { meetingId }, valid);
  const { refetch } = minutes;
  const [fresh, setFresh] = useState<number | null>(null);
  useEffect(() => {
    if (!valid) return;
    let live = true;
    void savesSettled(meetingId)
      .then(() => refetch())
      .then(() => live && setFresh(load));
    return () => {
      live = false;
    };
  }, [meetingId, load, refetch, valid]);
  return { minutes, fresh: !valid || fresh === load };
}

/** `#/meetings/<id>/minutes`: the minutes of a meeting, drafted, finalized, amended. */
export function MinutesPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().meetingId);
  // "Tải bản mới nhất" after a stale refusal: read again, the clerk's typed text put back on top.
  const [load, setLoad] = useState({ n: 0, keepTyped: false });
  const { minutes, fresh } = useFreshMinutes(meetingId, load.n);
  if (!fresh) return <Loader m="md" aria-label={t('common.loading')} />;
  return (
    <QueryState query={minutes}>
      {(m) => (
        <>
          <PageHeader title={`${t('minutes.title')}: ${m.meetingTitle}`}>
            <Button component={Link} to={`/meetings/${meetingId}`} variant="default" size="sm">
              {t('minutes.backToMeeting')}
            </Button>
            <Button component={Link} to={`/print/minutes/${meetingId}`} variant="default" size="sm" leftSection={<IconPrinter size={16} />}>
              {t('minutes.print')}
            </Button>
          </PageHeader>
          <Badge className="minutes-status" mb="md" color={m.status === 'finalized' ? 'green' : 'gray'}>
            {t(`minutes.statuses.${m.status}`)}
          </Badge>
          {m.status === 'draft' ? (
            <DraftView key={`${m.id ?? 'new'}-${load.n}`} minutes={m} keepTyped={load.keepTyped} onLoadLatest={() => setLoad((l) => ({ n: l.n + 1, keepTyped: true }))} />
          ) : (
            <FinalizedView minutes={m} />
          )}
        </>
      )}
    </QueryState>
  );
}
