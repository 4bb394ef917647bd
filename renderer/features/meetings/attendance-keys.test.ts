import { describe, expect, it } from 'vitest';
import { statusForKey } from './attendance-keys';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('attendance keys', () => {
  it('C/V/T (and P/A/R) set present, absent, represented', () => {
    expect(statusForKey(key('c'), false)).toBe('present');
    expect(statusForKey(key('V'), false)).toBe('absent');
    expect(statusForKey(key('t'), false)).toBe('represented');
    expect(statusForKey(key('p'), false)).toBe('present');
    expect(statusForKey(key('a'), false)).toBe('absent');
    expect(statusForKey(key('r'), false)).toBe('represented');
  });

  it('never while typing a reason or a name, with a modifier, or for another key', () => {
    expect(statusForKey(key('v'), true)).toBeNull();
    expect(statusForKey(key('c', { ctrlKey: true }), false)).toBeNull();
    expect(statusForKey(key('c', { altKey: true }), false)).toBeNull();
    expect(statusForKey(key('x'), false)).toBeNull();
    expect(statusForKey(key('Enter'), false)).toBeNull();
  });
});
