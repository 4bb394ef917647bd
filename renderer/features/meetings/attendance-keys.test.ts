import { describe, expect, it } from 'vitest';
import { isTypingTarget, statusForKey } from './attendance-keys';

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

describe('typing targets', () => {
  it('text boxes of any text type, text areas and editable blocks take letters as text', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: '' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('a radio, a checkbox, a button or a row is a place for shortcuts', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON', type: 'button' })).toBe(false);
    expect(isTypingTarget({ tagName: 'TR' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
