import { describe, expect, it } from 'vitest';
import { auditLabel, formatDateTime } from './format-audit';

describe('audit times', () => {
  it("shows an entry's time in the archive's time zone, whatever the machine's", () => {
    expect(formatDateTime('2021-01-13T01:30:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('13/01/2021 08:30');
    expect(formatDateTime('2021-01-12T17:05:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('13/01/2021 00:05');
    expect(formatDateTime('2021-01-13T01:30:00.000Z', 'Europe/London')).toBe('13/01/2021 01:30');
    expect(formatDateTime('not a time', 'Asia/Ho_Chi_Minh')).toBe('not a time');
  });
});

describe('audit labels', () => {
  const entry = (action: string, entity: string, detail: unknown) => ({ action, entity, detail });
  it('names finalizing and amending the minutes when the detail says so', () => {
    expect(auditLabel(entry('update', 'minutes', { meetingId: 1, finalized: true, version: 1 }))).toEqual({ key: 'history.actions.finalize', values: {} });
    expect(auditLabel(entry('update', 'minutes', { meetingId: 1, amendment: 2, versionId: 5, reason: 'Bổ sung ý kiến' }))).toEqual({
      key: 'history.actions.amend',
      values: { version: 2, reason: 'Bổ sung ý kiến' },
    });
  });
  it('otherwise the action as recorded', () => {
    expect(auditLabel(entry('update', 'minutes', { meetingId: 1, revision: 3 }))).toEqual({ key: 'history.actions.update', values: {} });
    expect(auditLabel(entry('update', 'meeting', { finalized: true }))).toEqual({ key: 'history.actions.update', values: {} });
    expect(auditLabel(entry('create', 'minutes', null))).toEqual({ key: 'history.actions.create', values: {} });
  });
});
