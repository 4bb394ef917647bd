import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ImportPage } from '../import/ImportPage';
import { CommitteesTab } from './CommitteesTab';
import { PeopleTab } from './PeopleTab';
import { RosterTab } from './RosterTab';

const TABS = ['roster', 'committees', 'people', 'import'] as const;
type Tab = (typeof TABS)[number];

export function MembersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as Tab) : 'roster';
  const committeeId = Number(params.committeeId) || undefined;

  return (
    <>
      <PageHeader title={t('members.title')} />
      <Tabs value={tab} onChange={(value) => navigate(`/members/${value ?? 'roster'}${committeeId ? `/${committeeId}` : ''}`)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="roster">{t('members.tabRoster')}</Tabs.Tab>
          <Tabs.Tab value="committees">{t('members.tabCommittees')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('members.tabPeople')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('import.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster">
          <RosterTab committeeId={committeeId} />
        </Tabs.Panel>
        <Tabs.Panel value="committees">
          <CommitteesTab />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <PeopleTab />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ImportPage committeeId={committeeId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
