import { describe, expect, it } from 'vitest';
import { defaultInvitationDate } from './invitation-date';

describe('defaultInvitationDate', () => {
  it('is today for a meeting today or later', () => {
    expect(defaultInvitationDate('2026-11-28', '2026-12-10T08:00')).toBe('2026-11-28');
    expect(defaultInvitationDate('2026-11-28', '2026-11-28T14:00')).toBe('2026-11-28');
  });

  it("is the meeting's day for a meeting already past (never after the meeting)", () => {
    expect(defaultInvitationDate('2026-11-28', '2021-01-13T08:00')).toBe('2021-01-13');
    expect(defaultInvitationDate('2026-11-28', '2026-11-27T23:30')).toBe('2026-11-27');
  });
});
