import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../electron/contract';
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
