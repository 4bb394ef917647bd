// What the bench asks for, in one place: the paged inputs the renderer's first screens send
// (renderer/features/dashboard, members, meetings). Adapt these when the contract changes.

export interface Call {
  label: string;
  name: string;
  input: Record<string, unknown>;
}

/** Every command the first screens send, with the page sizes the screens ask for. */
export const FIRST_SCREEN: Call[] = [
  { label: 'archive.status', name: 'archive.status', input: {} },
  { label: 'dashboard.counts', name: 'dashboard.counts', input: {} },
  { label: 'meetings.list, 5 recent (dashboard)', name: 'meetings.list', input: { limit: 5 } },
  { label: 'meetings.list, limit 50', name: 'meetings.list', input: { limit: 50 } },
  { label: 'committees.list, limit 50', name: 'committees.list', input: { limit: 50, offset: 0 } },
  { label: 'people.list, limit 50', name: 'people.list', input: { limit: 50 } },
  { label: 'people.list "nguyen van", limit 50', name: 'people.list', input: { query: 'nguyen van', limit: 50 } },
  { label: 'roster.get (tỉnh committee)', name: 'roster.get', input: { committeeId: 1 } },
];

/** The people list and search on the 50,000-person archive: the first page, then the last one reached by cursor. */
export const PEOPLE_SEARCH: Call[] = [
  { label: 'people.list, limit 50, 50,000 people', name: 'people.list', input: { limit: 50 } },
  { label: 'people.list "nguyen van", limit 50, 50,000 people', name: 'people.list', input: { query: 'nguyen van', limit: 50 } },
  { label: 'people.list "thi", limit 50, 50,000 people', name: 'people.list', input: { query: 'thi', limit: 50 } },
];

/** Cheap commands, timed while SLOW runs again and again. */
export const CHEAP: Call[] = [
  { label: 'archive.status', name: 'archive.status', input: {} },
  { label: 'committees.list', name: 'committees.list', input: { limit: 50, offset: 0 } },
];
/**
 * The slowest query a clerk can start today: a search on 50,000 people for two common words
 * that no one has together (two family names): each word matches more than DRIVE_LIMIT
 * people (db/people-list.ts), so the list walks every person in name order looking for a
 * page of matches and finds none (~250 ms here). Swap in a long job (backup, export,
 * reindex) when one exists.
 */
export const SLOW: Call = { label: 'people.list "nguyen tran"', name: 'people.list', input: { query: 'nguyen tran', limit: 50 } };

/** Renderer routes measured in Chromium. */
export const ROUTES = { dashboard: '#/', people: '#/members/people' };
/** What "the dashboard's numbers are shown" means: the stat cards. */
export const DASHBOARD_NUMBERS = { selector: '.stat-value', count: 6 };
/** The People tab has drawn its first row. */
export const PEOPLE_ROW = 'table tbody tr';
