import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../electron/contract';
import { MINUTES_CLOSED_BEFORE_OPENED, MINUTES_MEETING_CANCELLED, MINUTES_MEETING_NOT_HELD } from '../../db/model/index';
import { en } from './en';
import { vi } from './vi';

describe('error messages', () => {
  it.each(errorCodes)('%s has a Vietnamese and an English message', (code) => {
    const viText = (vi.errors as Record<string, string>)[code];
    const enText = (en.errors as Record<string, string>)[code];
    expect(viText?.length).toBeGreaterThan(10);
    expect(enText?.length).toBeGreaterThan(10);
    expect(viText).not.toBe(enText);
  });
});

// FA (issue 8 cold review): the minutes' finalize and save refusals have their messages.
describe('minutes refusals', () => {
  it.each([MINUTES_MEETING_NOT_HELD, MINUTES_CLOSED_BEFORE_OPENED, MINUTES_MEETING_CANCELLED])('%s has a Vietnamese and an English message', (message) => {
    const viText = (vi.validation as Record<string, string>)[message];
    const enText = (en.validation as Record<string, string>)[message];
    expect(viText?.length).toBeGreaterThan(10);
    expect(enText?.length).toBeGreaterThan(10);
    expect(viText).not.toBe(enText);
  });
});
