import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { MEETING_EDITABLE_STATUSES } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { AgendaTab } from './AgendaTab';
import { AttendanceTab } from './AttendanceTab';
import { HistoryTab } from './HistoryTab';
import { InfoTab } from './InfoTab';
import { InvitationTab } from './InvitationTab';
import { meetingWhen } from './meeting-when';
import { STATUS_COLOR } from './status-color';
import './meetings.css';
import { AttachmentList } from '../../ui/attachments/AttachmentList';
// C3 (issue 9): a notice from this meeting
import { FromMeetingButton } from '../conclusions/FromMeetingButton';

const TABS = ['info', 'agenda', 'invitation', 'attendance', 'minutes', 'files', 'history'] as const;
type Tab = (typeof TABS)[number];

/** One meeting, `#/meetings/<id>?tab=…`: details and status, agenda, invitation, attendance, minutes, files. */
export function MeetingPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams().meetingId);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'info';
  const meeting = useCommand('meetings.get', { id: meetingId }, meetingId > 0);

  return (
    <>
      <Anchor component={Link} to="/meetings" size="sm" mb={4} display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('meetings.page.back')}
        </Group>
      </Anchor>
      <QueryState query={meeting}>
        {(m) => {
          const editable = MEETING_EDITABLE_STATUSES.includes(m.status);
          return (
            <>
              <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
                <Stack gap={2}>
                  <Title order={1} size="h3">
                    {m.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {[m.committeeName, t(`meetings.kinds.${m.kind}`), meetingWhen(m), m.place].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                <Group gap="sm" align="flex-start" wrap="nowrap">
                  {m.status !== 'cancelled' && <FromMeetingButton meetingId={m.id} />}
                  <Badge size="lg" variant="light" color={STATUS_COLOR[m.status]} tt="none" className="badge-fit">
                    {t(`meetings.statuses.${m.status}`)}
                  </Badge>
                </Group>
              </Group>
              <Tabs value={tab} onChange={(v) => setParams(v && v !== 'info' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
                <Tabs.List mb="md">
                  {TABS.map((key) => (
                    <Tabs.Tab key={key} value={key}>
                      {t(`meetings.page.tabs.${key}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="info">
                  <InfoTab meeting={m} />
                </Tabs.Panel>
                <Tabs.Panel value="agenda">
                  <AgendaTab meeting={m} editable={editable} />
                </Tabs.Panel>
                <Tabs.Panel value="invitation">
                  <InvitationTab meeting={m} editable={editable} />
                </Tabs.Panel>
                <Tabs.Panel value="attendance">
                  <AttendanceTab meeting={m} editable={editable} />
                </Tabs.Panel>
                <Tabs.Panel value="minutes">
                  <Stack gap="sm" align="flex-start">
                    <Text size="sm">{t('meetings.minutes.explain')}</Text>
                    <Button component={Link} to={`/meetings/${m.id}/minutes`} leftSection={<IconFileText size={16} />}>
                      {t('meetings.minutes.open')}
                    </Button>
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="files">
                  <Text size="sm" mb="sm">
                    {t('meetings.files.explain')}
                  </Text>
                  <AttachmentList
                    target={{ meetingId: m.id }}
                    locked={
                      m.status === 'minutes_finalized'
                        ? t('meetingReview.attachments.lockedFinalized')
                        : m.status === 'cancelled'
                          ? t('meetingReview.attachments.lockedCancelled')
                          : null
                    }
                  />
                  <Text size="xs" c="gray.7" mt="xs">
                    {t('meetingReview.attachments.orphansHint')}
                  </Text>
                </Tabs.Panel>
                <Tabs.Panel value="history">
                  <HistoryTab meeting={m} />
                </Tabs.Panel>
              </Tabs>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
