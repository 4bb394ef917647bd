// What the bench asks for, in one place: adapt these when the contract changes (e.g. the
// paged list contract: add `limit`/`cursor` here and nowhere else).

export interface Call {
  label: string;
  name: string;
  input: Record<string, unknown>;
}

/** Every command the first screens send. */
export const FIRST_SCREEN: Call[] = [
  { label: 'archive.status', name: 'archive.status', input: {} },
  { label: 'dashboard.counts', name: 'dashboard.counts', input: {} },
  { label: 'committees.list', name: 'committees.list', input: {} },
  { label: 'people.list "nguyen van"', name: 'people.list', input: { query: 'nguyen van' } },
  { label: 'meetings.list', name: 'meetings.list', input: {} },
  { label: 'roster.get (tỉnh committee)', name: 'roster.get', input: { committeeId: 1 } },
];

/** The people search on the 50,000-person archive. */
export const PEOPLE_SEARCH: Call = { label: 'people.list "nguyen van", 50,000 people', name: 'people.list', input: { query: 'nguyen van' } };

/** A cheap command, timed while SLOW runs again and again. */
export const CHEAP: Call = { label: 'archive.status', name: 'archive.status', input: {} };
/** The slowest thing a clerk can start today; swap in a long job (backup, export, reindex) when it exists. */
export const SLOW: Call = { label: 'meetings.list', name: 'meetings.list', input: {} };

/** Renderer routes measured in Chromium. */
export const ROUTES = { dashboard: '#/', people: '#/members/people' };
/** What "the dashboard's numbers are shown" means: the six stat cards. */
export const DASHBOARD_NUMBERS = { selector: '.stat-value', count: 6 };
/** The People tab has drawn its first row. */
export const PEOPLE_ROW = 'table tbody tr';
