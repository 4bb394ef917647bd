import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  COMMITTEE_LEVELS,
  DOCUMENT_FORMATS,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEMBER_ROLES,
} from '../../electron/contract';
import { en } from './en';
import { vi } from './vi';

// The form options and badges derive from the model's lists: each value has its words in
// both languages, and the catalogues hold no value the model does not know.

const lists: Array<[string, readonly string[], (c: typeof vi) => object]> = [
  ['levels', COMMITTEE_LEVELS, (c) => c.levels],
  ['formats', DOCUMENT_FORMATS, (c) => c.formats],
  ['roles', MEMBER_ROLES, (c) => c.roles],
  ['meetings.kinds', MEETING_KINDS, (c) => c.meetings.kinds],
  ['meetings.statuses', MEETING_STATUSES, (c) => c.meetings.statuses],
  ['actionStatus', ACTION_STATUSES, (c) => c.actionStatus],
];

describe('catalogues follow the model lists', () => {
  it.each(lists)('%s: exactly the model values, in Vietnamese and English', (_name, values, pick) => {
    expect(Object.keys(pick(vi)).sort()).toEqual([...values].sort());
    expect(Object.keys(pick(en as typeof vi)).sort()).toEqual([...values].sort());
  });
});
