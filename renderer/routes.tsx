import { createHashRouter } from 'react-router';
import { AppLayout } from './ui/AppLayout';
import { BackupPage } from './features/backup/BackupPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
// --- meetings (M4a) ---
import { MeetingPage } from './features/meetings/MeetingPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
// M2 (issue 8): minutes
import { MinutesPage } from './features/minutes/MinutesPage';
// --- end meetings (M4a) ---
import { CommitteeHistoryPage } from './features/history/CommitteeHistoryPage';
import { PersonPage } from './features/history/PersonPage';
import { MembersPage } from './features/members/MembersPage';
import { ReconstitutePage } from './features/reconstitution/ReconstitutePage';
import { RosterPrint } from './features/print/RosterPrint';
// meeting documents (M4b)
import { InvitationPrint } from './features/print/InvitationPrint';
import { MinutesPrint } from './features/print/MinutesPrint';
// conclusions (C1, issue 9)
import { ConclusionPrint } from './features/print/ConclusionPrint';
import { SearchPage } from './features/search/SearchPage';
import { SettingsPage } from './features/settings/SettingsPage';
// --- C3 (issue 9): conclusions, actions, the chase, the action documents ---
import { ActionPage } from './features/actions/ActionPage';
import { ActionsPage } from './features/actions/ActionsPage';
import { ConclusionPage } from './features/conclusions/ConclusionPage';
import { ConclusionsPage } from './features/conclusions/ConclusionsPage';
import { MemberTasksPrint } from './features/print/MemberTasksPrint';
import { ReminderPrint } from './features/print/ReminderPrint';
import { ReportPrint } from './features/print/ReportPrint';
// --- end C3 ---
import { NotFoundPage } from './ui/NotFoundPage';
import { RouteError } from './ui/RouteError';

// Hash routes work over http (browser mode) and app:// (Electron) alike.
export const router = createHashRouter([
  { path: '/print/roster/:committeeId', element: <RosterPrint />, errorElement: <RouteError /> },
  // --- meeting documents (M4b) ---
  { path: '/print/invitation/:meetingId', element: <InvitationPrint />, errorElement: <RouteError /> },
  { path: '/print/minutes/:meetingId', element: <MinutesPrint />, errorElement: <RouteError /> },
  // --- end meeting documents (M4b) ---
  // --- C3 (issue 9): the report, a member's tasks, the reminder letter ---
  { path: '/print/report', element: <ReportPrint />, errorElement: <RouteError /> },
  { path: '/print/tasks/:personId', element: <MemberTasksPrint />, errorElement: <RouteError /> },
  { path: '/print/reminder/:kind/:who', element: <ReminderPrint />, errorElement: <RouteError /> },
  // --- end C3 ---
  // conclusions (C1, issue 9): the notice (thông báo kết luận)
  { path: '/print/conclusion/:conclusionId', element: <ConclusionPrint />, errorElement: <RouteError /> },
  {
    element: <AppLayout />,
    // Errors and unknown addresses get our Vietnamese pages, never React Router's developer page.
    errorElement: <RouteError />,
    children: [
      {
        // A screen that fails shows our page inside the layout, with the navigation still there.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'members/person/:personId', element: <PersonPage /> },
          { path: 'members/committee-history/:committeeId', element: <CommitteeHistoryPage /> },
          { path: 'members/reconstitute/:committeeId', element: <ReconstitutePage /> },
          { path: 'members/:tab?/:committeeId?', element: <MembersPage /> },
          // --- meetings (M4a): the list, and one meeting with its tabs (?tab=agenda|invitation|attendance|minutes|files) ---
          { path: 'meetings', element: <MeetingsPage /> },
          // M2 (issue 8): minutes
          { path: 'meetings/:meetingId/minutes', element: <MinutesPage /> },
          { path: 'meetings/:meetingId', element: <MeetingPage /> },
          // --- end meetings (M4a) ---
          // --- C3 (issue 9): conclusions and actions ---
          { path: 'conclusions', element: <ConclusionsPage /> },
          { path: 'conclusions/:conclusionId', element: <ConclusionPage /> },
          { path: 'actions', element: <ActionsPage /> },
          { path: 'actions/:actionId', element: <ActionPage /> },
          // --- end C3 ---
          { path: 'search', element: <SearchPage /> },
          { path: 'backup', element: <BackupPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
