import {
  IconArchive,
  IconCalendarEvent,
  IconChecklist,
  IconFileText,
  IconLayoutDashboard,
  IconSearch,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';

/** The eight screens, in menu order; Alt+1…8 jumps to them. */
export const NAV_ITEMS = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { key: 'members', path: '/members', icon: IconUsers },
  { key: 'meetings', path: '/meetings', icon: IconCalendarEvent },
  { key: 'conclusions', path: '/conclusions', icon: IconFileText },
  { key: 'actions', path: '/actions', icon: IconChecklist },
  { key: 'search', path: '/search', icon: IconSearch },
  { key: 'backup', path: '/backup', icon: IconArchive },
  { key: 'settings', path: '/settings', icon: IconSettings },
] as const;
