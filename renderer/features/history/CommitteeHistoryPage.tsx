import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DecisionChanges, Membership } from '../../../electron/contract';
import { heldRows, useCommand, useCommandPages } from '../../api/hooks';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDate } from '../../ui/format';
import { AuditList } from './AuditList';
import { AttachmentList } from '../../ui/attachments/AttachmentList';
import { effectiveDate } from './decision-date';

/** A committee's history: every decision, newest first, with whom it appointed and relieved; then the audit entries. */
export function CommitteeHistoryPage() {
  const raw = useParams().committeeId ?? '';
  // An id is a positive whole number; anything else is an address that does not exist.
  return /^[1-9]\d{0,15}$/.test(raw) ? <CommitteeHistoryPageView committeeId={Number(raw)} /> : <NotFoundPage />;
}

function CommitteeHistoryPageView({ committeeId }: { committeeId: number }) {
  const { t } = useTranslation();
  const committee = useCommand('committees.get', { id: committeeId });
  const history = useCommandPages('committees.history', { committeeId });
  const { rows } = useMemo(() => heldRows(history.data), [history.data]);
  return (
    <>
      <PageHeader title={t('history.committee')}>
        <Button component={Link} to={`/members/roster/${committeeId}`} variant="default" leftSection={<IconArrowLeft size={16} />}>
          {t('reconstitute.back')}
        </Button>
      </PageHeader>
      <QueryState query={committee}>
        {(c) => (
          <Stack gap="md">
            <Text fw={500}>{c.name}</Text>
            <section>
              <Title order={3} size="h5" mb={4}>
                {t('history.decisions')}
              </Title>
              <QueryState query={history} isEmpty={() => rows.length === 0} empty={t('history.noDecisions')}>
                {() => (
                  <Stack gap="xs">
                    {rows.map((d) => (
                      <DecisionCard key={d.decision.id} changes={d} />
                    ))}
                    {history.hasNextPage && (
                      <Group>
                        <Button size="xs" variant="default" onClick={() => void history.fetchNextPage()}>
                          {t('history.more')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                )}
              </QueryState>
            </section>
            <section>
              <Title order={3} size="h5" mb={4}>
                {t('history.audit')}
              </Title>
              <AuditList entity="committee" entityId={committeeId} />
            </section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function DecisionCard({ changes }: { changes: DecisionChanges }) {
  const { decision: d, started, ended } = changes;
  const { t } = useTranslation();
  const effective = effectiveDate(changes);
  const line = (m: Membership) => `${m.fullName} — ${m.roleName}${m.position ? ` (${m.position})` : ''}`;
  return (
    <Card withBorder padding="xs" component="article" aria-label={`${t('members.decision')} ${d.number}`}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('history.decisionLine', { number: d.number, date: formatDate(d.signedOn) })}
          {d.issuingBody ? ` ${t('history.of', { body: d.issuingBody })}` : ''}
        </Text>
        <Anchor component={Link} to={`/members/roster/${d.committeeId}?date=${effective}`} size="xs">
          {t('history.rosterOnDate', { date: formatDate(effective) })}
        </Anchor>
      </Group>
      {d.summary && (
        <Text size="sm" c="dimmed">
          {d.summary}
        </Text>
      )}
      <AttachmentList target={{ decisionId: d.id }} />
      <div className="grid-2">
        <div>
          <Text size="xs" fw={600} c="var(--mantine-color-green-light-color)">
            {t('history.started', { count: started.length })}
          </Text>
          <List size="sm" spacing={0}>
            {started.map((m) => (
              <List.Item key={m.id}>{line(m)}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="xs" fw={600} c="red.8">
            {t('history.ended', { count: ended.length })}
          </Text>
          <List size="sm" spacing={0}>
            {ended.map((m) => (
              <List.Item key={m.id}>{line(m)}</List.Item>
            ))}
          </List>
        </div>
      </div>
    </Card>
  );
}
