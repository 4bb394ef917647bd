import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const dir = path.resolve(import.meta.dirname, '../.tmp/screens');

/** A screenshot of the screen as the clerk sees it (1366×768), kept in .tmp/screens/ to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

export const CLERK_SCREEN = { width: 1366, height: 768 };

/**
 * Every screen of the app on the demo archive (route after `#`), each checked by axe-core in
 * e2e/accessibility.spec.ts. A feature that adds a screen adds its route here.
 */
export const SCREENS: { name: string; route: string }[] = [
  { name: 'dashboard', route: '/' },
  { name: 'roster', route: '/members/roster/1' },
  { name: 'committees', route: '/members/committees' },
  { name: 'people', route: '/members/people' },
  { name: 'import', route: '/members/import' },
  { name: 'person', route: '/members/person/1' },
  { name: 'committee-history', route: '/members/committee-history/1' },
  { name: 'reconstitute', route: '/members/reconstitute/1' },
  { name: 'minutes', route: '/meetings/1/minutes' },
  { name: 'conclusions', route: '/conclusions' },
  { name: 'actions', route: '/actions' },
  { name: 'search', route: '/search' },
  { name: 'backup', route: '/backup' },
  { name: 'settings', route: '/settings' },
  { name: 'not-found', route: '/no-such-screen' },
  { name: 'print-roster', route: '/print/roster/1?date=2021-01-13' },
];

// --- meetings (M4a): the meetings screens, for the accessibility check over every screen ---
/** Routes of the meetings screens on the demo archive (meeting 1 is the seed meeting of 13/01/2021). */
export const MEETING_SCREENS: Array<{ name: string; route: string }> = [
  { name: 'meetings-list', route: '/meetings' },
  { name: 'meeting-info', route: '/meetings/1' },
  { name: 'meeting-agenda', route: '/meetings/1?tab=agenda' },
  { name: 'meeting-invitation', route: '/meetings/1?tab=invitation' },
  { name: 'meeting-attendance', route: '/meetings/1?tab=attendance' },
  { name: 'meeting-minutes-tab', route: '/meetings/1?tab=minutes' },
  { name: 'meeting-files-tab', route: '/meetings/1?tab=files' },
];
// --- end meetings (M4a) ---

// --- helper P2 (issue 8 review): the meeting's history tab ---
MEETING_SCREENS.push({ name: 'meeting-history-tab', route: '/meetings/1?tab=history' });
// --- end helper P2 ---
// --- C3 (issue 9): conclusions, actions, the chase, the action documents (demo archive: notice 1, action 1, member 2) ---
export const CHASE_SCREENS: Array<{ name: string; route: string }> = [
  { name: 'conclusion', route: '/conclusions/1' },
  { name: 'actions-overdue', route: '/actions?status=overdue' },
  { name: 'action', route: '/actions/1' },
  { name: 'print-report', route: '/print/report?committee=1&asOf=2021-06-30' },
  { name: 'print-tasks', route: '/print/tasks/2?committee=1&asOf=2021-06-30' },
  { name: 'print-reminder', route: '/print/reminder/person/5?committee=1' },
];
// --- end C3 ---
