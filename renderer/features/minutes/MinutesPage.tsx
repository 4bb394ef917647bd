import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
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

/** `#/meetings/<id>/minutes`: the minutes of a meeting, drafted, finalized, amended. */
export function MinutesPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().meetingId);
  const minutes = useCommand('minutes.get', { meetingId }, Number.isInteger(meetingId) && meetingId > 0);
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
          {m.status === 'draft' ? <DraftView key={m.id ?? 'new'} minutes={m} /> : <FinalizedView minutes={m} />}
        </>
      )}
    </QueryState>
  );
}
