import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconCheck, IconEye } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import type { CommandInput } from '../../../electron/contract';
import { useCommand, useCommandMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { useDiscardPrompt } from '../../ui/DiscardPrompt';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { DecisionFields, type DecisionValues, decisionInput, emptyDecision } from '../members/DecisionFields';
import { setRosterDate } from '../members/roster-date';
import { useCommitteeRoles } from '../members/use-committee-roles';
import { ReconstitutionAdds } from './ReconstitutionAdds';
import { ReconstitutionMembers } from './ReconstitutionMembers';
import { RosterCompare } from './RosterCompare';
import { type AddDraft, type MemberDraft, changeLists, emptyAdd, memberDraft } from './reconstitution-draft';
import { dutyError } from '../members/duty-length';

type Input = CommandInput<'roster.reconstitution.preview'>;

/** Kiện toàn: the decision, whom it relieves, whom it appoints or changes; before and after; then one write. */
export function ReconstitutePage() {
  const raw = useParams().committeeId ?? '';
  // An id is a positive whole number; anything else is an address that does not exist.
  return /^[1-9]\d{0,15}$/.test(raw) ? <ReconstitutePageView committeeId={Number(raw)} /> : <NotFoundPage />;
}

function ReconstitutePageView({ committeeId }: { committeeId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const committee = useCommand('committees.get', { id: committeeId });
  const roles = useCommitteeRoles(committeeId);
  const form = useForm<{ decision: DecisionValues; effectiveDate: string | null }>({
    initialValues: { decision: emptyDecision(), effectiveDate: null },
    validate: {
      decision: { number: (v) => (v.trim() ? null : t('common.required')), signedOn: (v) => (v ? null : t('common.required')) },
    },
  });
  // The roster the decision acts on: the one on the day it takes effect.
  const day = form.values.effectiveDate ?? form.values.decision.signedOn;
  const roster = useCommand('roster.get', { committeeId, ...(day ? { asOf: day } : {}) });
  const members = useMemo(() => roster.data?.members ?? [], [roster.data]);
  const [drafts, setDrafts] = useState<Record<number, MemberDraft>>({});
  useEffect(() => {
    setDrafts((old) => Object.fromEntries(members.map((m) => [m.membershipId, old[m.membershipId] ?? memberDraft(m)])));
  }, [members]);
  const [adds, setAdds] = useState<AddDraft[]>([emptyAdd(1)]);
  const [asked, setAsked] = useState<Input | null>(null);
  const preview = useCommand('roster.reconstitution.preview', asked ?? ({} as Input), asked !== null);
  const apply = useCommandMutation('roster.reconstitution.apply');

  const input = (): Input => ({
    committeeId,
    decision: decisionInput(form.values.decision, 'kien_toan'),
    ...(form.values.effectiveDate ? { effectiveDate: form.values.effectiveDate } : {}),
    ...changeLists(members, drafts, adds),
  });
  // Any edit after a preview makes the clerk look again before confirming.
  const stale = asked !== null && JSON.stringify(asked) !== JSON.stringify(input());
  const effective = form.getInputProps('effectiveDate');

  // Leaving a filled reconstitution (a link, the menu, Back) asks first, as a filled form does.
  const [written, setWritten] = useState(false);
  const dirty = !written && (form.isDirty() || Object.values(drafts).some((d) => d.action !== 'keep') || adds.some((a) => a.personId || a.newPerson || a.role || a.position || a.duty));
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const leave = useDiscardPrompt(
    true,
    () => blocker.proceed?.(),
    () => blocker.reset?.(),
  );
  const { ask } = leave;
  useEffect(() => {
    if (blocker.state === 'blocked') ask();
  }, [blocker.state, ask]);

  const confirm = async () => {
    if (!asked) return;
    try {
      setWritten(true);
      const done = await apply.mutateAsync(asked);
      setRosterDate(done.roster.asOf);
      navigate(`/members/roster/${committeeId}?date=${done.roster.asOf}`);
    } catch {
      // Shown below; nothing was written.
      setWritten(false);
    }
  };

  return (
    <>
      <PageHeader title={t('reconstitute.title')}>
        <Button component={Link} to={`/members/roster/${committeeId}`} variant="default" leftSection={<IconArrowLeft size={16} />}>
          {t('reconstitute.back')}
        </Button>
      </PageHeader>
      <QueryState query={committee}>
        {(c) => (
          <Stack gap="md">
            <Text fw={500}>{c.name}</Text>
            {leave.prompt}
            <form
              noValidate
              onSubmit={form.onSubmit(() => {
                // An over-long duty is said next to its field; nothing is asked until it fits.
                if (adds.some((a) => dutyError(a.duty, t))) return;
                setAsked(input());
              })}
            >
              <Stack gap="md">
                <Group align="flex-start" gap="md" wrap="nowrap">
                  <div className="grow">
                    <DecisionFields form={form} />
                  </div>
                  <DateField
                    label={t('reconstitute.effectiveDate')}
                    value={effective.value as string | null}
                    onChange={(iso) => effective.onChange(iso)}
                    w={170}
                  />
                </Group>
                <section>
                  <Title order={3} size="h5" mb={4}>
                    {t('reconstitute.current')}
                  </Title>
                  <QueryState query={roster} isEmpty={(r) => r.members.length === 0} empty={t('members.noMembers')}>
                    {() => <ReconstitutionMembers members={members} drafts={drafts} roles={roles} onChange={(id, d) => setDrafts({ ...drafts, [id]: d })} />}
                  </QueryState>
                </section>
                <section>
                  <Title order={3} size="h5" mb={4}>
                    {t('reconstitute.appointed')}
                  </Title>
                  <ReconstitutionAdds adds={adds} roles={roles} onChange={setAdds} />
                </section>
                <Group>
                  <Button type="submit" variant={asked && !stale ? 'default' : 'filled'} leftSection={<IconEye size={16} />}>
                    {t('reconstitute.preview')}
                  </Button>
                </Group>
              </Stack>
            </form>
            {asked && stale && (
              <Alert color="yellow" variant="light" role="status">
                {t('reconstitute.stale')}
              </Alert>
            )}
            {asked && !stale && (
              <QueryState query={preview}>
                {(p) => (
                  <Stack gap="sm">
                    {p.warnings
                      .filter((w) => w.code === 'possible_duplicate_person')
                      .map((w) => (
                        <Alert key={w.ids.join(',')} color="yellow" variant="light" role="status">
                          {t('rosterFixes.possibleDuplicate', { ids: w.ids.join(', ') })}
                        </Alert>
                      ))}
                    <RosterCompare before={p.before} after={p.after} date={p.effectiveDate} />
                    {apply.error != null && <ErrorAlert error={apply.error} />}
                    <Group>
                      <Button color="green" leftSection={<IconCheck size={16} />} loading={apply.isPending} onClick={() => void confirm()}>
                        {t('reconstitute.confirm')}
                      </Button>
                    </Group>
                  </Stack>
                )}
              </QueryState>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
