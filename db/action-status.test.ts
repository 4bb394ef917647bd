import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, actionStatusAsOf, deriveActionStatus } from './action-status.js';
import { fixedClock, todayAt } from './clock.js';

const TODAY = '2021-03-15';
const open = (deadline: string | null) => ({ deadline, completedOn: null, onHold: false });

describe('deriveActionStatus', () => {
  it('uses a 3-day due-soon window by default', () => {
    expect(DUE_SOON_DAYS).toBe(3);
  });

  it('open with a deadline beyond the window: in_progress', () => {
    expect(deriveActionStatus(open('2021-03-19'), TODAY)).toBe('in_progress');
    expect(deriveActionStatus(open('2021-12-31'), TODAY)).toBe('in_progress');
  });

  it('open with the deadline within 3 days, today included: due_soon', () => {
    expect(deriveActionStatus(open('2021-03-18'), TODAY)).toBe('due_soon');
    expect(deriveActionStatus(open('2021-03-16'), TODAY)).toBe('due_soon');
    // The deadline day itself is not yet overdue.
    expect(deriveActionStatus(open(TODAY), TODAY)).toBe('due_soon');
  });

  it('open past the deadline: overdue from the day after', () => {
    expect(deriveActionStatus(open('2021-03-14'), TODAY)).toBe('overdue');
    expect(deriveActionStatus(open('2020-12-31'), TODAY)).toBe('overdue');
  });

  it('open without a deadline: no_deadline', () => {
    expect(deriveActionStatus(open(null), TODAY)).toBe('no_deadline');
  });

  it('completed on or before the deadline: done_on_time', () => {
    const deadline = '2021-02-28';
    expect(deriveActionStatus({ deadline, completedOn: '2021-02-28', onHold: false }, TODAY)).toBe('done_on_time');
    expect(deriveActionStatus({ deadline, completedOn: '2021-02-01', onHold: false }, TODAY)).toBe('done_on_time');
  });

  it('completed after the deadline: done_late', () => {
    expect(deriveActionStatus({ deadline: '2021-02-28', completedOn: '2021-03-01', onHold: false }, TODAY)).toBe('done_late');
  });

  it('completed without a deadline: done_on_time', () => {
    expect(deriveActionStatus({ deadline: null, completedOn: '2021-03-01', onHold: false }, TODAY)).toBe('done_on_time');
  });

  it('on hold: on_hold, even past the deadline or without one', () => {
    expect(deriveActionStatus({ deadline: '2021-01-31', completedOn: null, onHold: true }, TODAY)).toBe('on_hold');
    expect(deriveActionStatus({ deadline: null, completedOn: null, onHold: true }, TODAY)).toBe('on_hold');
  });

  it('completed wins over on hold', () => {
    expect(deriveActionStatus({ deadline: '2021-01-31', completedOn: '2021-01-30', onHold: true }, TODAY)).toBe('done_on_time');
  });

  it('as of a day before the completion, the action was still open', () => {
    const action = { deadline: '2021-03-31', completedOn: '2021-04-12', onHold: false };
    expect(deriveActionStatus(action, '2021-03-01')).toBe('in_progress');
    expect(deriveActionStatus(action, '2021-03-29')).toBe('due_soon');
    expect(deriveActionStatus(action, '2021-04-11')).toBe('overdue');
    expect(deriveActionStatus(action, '2021-04-12')).toBe('done_late');
  });

  it('honours a custom due-soon window', () => {
    expect(deriveActionStatus(open('2021-03-22'), TODAY, 7)).toBe('due_soon');
    expect(deriveActionStatus(open('2021-03-23'), TODAY, 7)).toBe('in_progress');
    expect(deriveActionStatus(open('2021-03-16'), TODAY, 0)).toBe('in_progress');
  });

  it('counts calendar days across month ends and leap days', () => {
    expect(deriveActionStatus(open('2024-03-02'), '2024-02-28')).toBe('due_soon');
    expect(deriveActionStatus(open('2024-03-03'), '2024-02-28')).toBe('in_progress');
    expect(deriveActionStatus(open('2021-01-02'), '2020-12-30')).toBe('due_soon');
  });
});

// C2 (issue 9): the boundary table of the brief, as of a day and with the day an action was given.
describe('actionStatusAsOf: the boundary table', () => {
  const given = '2021-01-13';
  const table: Array<[string, { deadline: string | null; completedOn: string | null; onHold: boolean }, string, string | null]> = [
    ['deadline today', { deadline: '2021-03-15', completedOn: null, onHold: false }, '2021-03-15', 'due_soon'],
    ['deadline yesterday', { deadline: '2021-03-14', completedOn: null, onHold: false }, '2021-03-15', 'overdue'],
    ['done on the deadline day', { deadline: '2021-03-15', completedOn: '2021-03-15', onHold: false }, '2021-03-20', 'done_on_time'],
    ['done the day after', { deadline: '2021-03-15', completedOn: '2021-03-16', onHold: false }, '2021-03-20', 'done_late'],
    ['no deadline', { deadline: null, completedOn: null, onHold: false }, '2021-03-20', 'no_deadline'],
    ['on hold past its deadline', { deadline: '2021-02-01', completedOn: null, onHold: true }, '2021-03-20', 'on_hold'],
    ['as of the day before it was given', { deadline: '2021-03-15', completedOn: null, onHold: false }, '2021-01-12', null],
    ['as of the day it was given', { deadline: '2021-03-15', completedOn: null, onHold: false }, '2021-01-13', 'in_progress'],
    ['as of the day before its (late) completion', { deadline: '2021-03-15', completedOn: '2021-03-16', onHold: false }, '2021-03-15', 'due_soon'],
    ['as of its late completion day', { deadline: '2021-03-15', completedOn: '2021-03-16', onHold: false }, '2021-03-16', 'done_late'],
  ];
  it.each(table)('%s', (_name, dates, asOf, expected) => {
    expect(actionStatusAsOf({ ...dates, assignedOn: given }, asOf)).toBe(expected);
  });

  it('the day boundary is the archive zone\'s midnight (Asia/Ho_Chi_Minh, UTC+7), not UTC\'s', () => {
    const action = { deadline: '2021-03-14', completedOn: null, onHold: false, assignedOn: given };
    // 16:59:59 UTC on the 14th is 23:59:59 in Hà Nội: still the deadline day.
    const before = todayAt(fixedClock('2021-03-14T16:59:59Z'), 'Asia/Ho_Chi_Minh').today;
    // 17:00 UTC on the 14th is midnight of the 15th in Hà Nội: overdue, though UTC is still on the 14th.
    const after = todayAt(fixedClock('2021-03-14T17:00:00Z'), 'Asia/Ho_Chi_Minh').today;
    expect([before, after]).toEqual(['2021-03-14', '2021-03-15']);
    expect(actionStatusAsOf(action, before)).toBe('due_soon');
    expect(actionStatusAsOf(action, after)).toBe('overdue');
    expect(actionStatusAsOf(action, todayAt(fixedClock('2021-03-14T17:00:00Z'), 'UTC').today)).toBe('due_soon');
  });
});
