import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconGitMerge, IconTrash, IconUserOff, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CommandFailure, useCommand, useCommandMutation } from '../../api/hooks';
import { EditButton } from '../../ui/EditButton';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { PersonForm } from '../members/PersonForm';
import { AuditList } from './AuditList';
import { DeletePerson } from './DeletePerson';
import { MergeDialog } from './MergeDialog';
import { PersonRoles } from './PersonRoles';

/** A person's page: details, what the clerk can do with the record, and its history ("Lịch sử"). */
export function PersonPage() {
  const raw = useParams().personId ?? '';
  // An id is a positive whole number; anything else is an address that does not exist.
  return /^[1-9]\d{0,15}$/.test(raw) ? <PersonPageView personId={Number(raw)} /> : <NotFoundPage />;
}

function PersonPageView({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const person = useCommand('people.get', { id: personId });
  const setActive = useCommandMutation('people.setActive');
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'delete' | null>(null);
  const none = t('common.none');
  return (
    <>
      <PageHeader title={t('people.pageTitle')}>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(-1)}>
          {t('print.back')}
        </Button>
      </PageHeader>
      <QueryState query={person}>
        {(p) => (
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Group gap="xs">
                  <Title order={3} size="h4">
                    {p.fullName}
                  </Title>
                  {!p.active && <Badge color="gray" tt="none">{t('people.inactive')}</Badge>}
                </Group>
                <Text size="sm">{[p.position, p.organisation].filter(Boolean).join(', ') || none}</Text>
                {(p.phone || p.email) && (
                  <Text size="sm" c="dimmed">
                    {[p.phone, p.email].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                <EditButton what={p.fullName} onClick={() => setDialog('edit')} />
                <Button size="compact-sm" variant="subtle" leftSection={<IconGitMerge size={14} />} onClick={() => setDialog('merge')}>
                  {t('people.merge')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={p.active ? <IconUserOff size={14} /> : <IconUserCheck size={14} />}
                  loading={setActive.isPending}
                  onClick={() => setActive.mutate({ id: p.id, active: !p.active })}
                >
                  {p.active ? t('people.markInactive') : t('people.markActive')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setDialog('delete')}>
                  {t('people.delete')}
                </Button>
              </Group>
            </Group>
            <section>
              <Title order={3} size="h5" mb={4}>
                {t('history.roles')}
              </Title>
              <PersonRoles personId={p.id} />
            </section>
            <section>
              <Title order={3} size="h5" mb={4}>
                {t('history.title')}
              </Title>
              <AuditList entity="person" entityId={p.id} />
            </section>
            <Text size="sm">
              <Link to="/members/people">{t('people.backToList')}</Link>
            </Text>
          </Stack>
        )}
      </QueryState>
      {/* A record merged into another (or deleted) keeps its history: it says where it went. */}
      {person.error instanceof CommandFailure && person.error.error.code === 'NOT_FOUND' && (
        <section>
          <Title order={3} size="h5" mt="md" mb={4}>
            {t('history.title')}
          </Title>
          <AuditList entity="person" entityId={personId} />
        </section>
      )}
      {/* Outside the query's states: a merge or delete makes this record vanish, and the dialog must finish. */}
      {person.data && dialog === 'edit' && <PersonForm person={person.data} onClose={() => setDialog(null)} />}
      {person.data && dialog === 'merge' && <MergeDialog person={person.data} onClose={() => setDialog(null)} />}
      {person.data && dialog === 'delete' && <DeletePerson person={person.data} onClose={() => setDialog(null)} />}
    </>
  );
}
