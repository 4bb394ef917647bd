import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem } from './text.js';

describe('textProblem', () => {
  it.each([
    ['NUL', 'Lê\u0000Bình'],
    ['BEL', 'a\u0007'],
    ['escape', '\u001b[31m'],
    ['DEL', 'x\u007f'],
    ['a C1 control', 'x\u0085y'],
    ['a tab in a single-line field', 'Trịnh\tSinh'],
    ['a newline in a single-line field', 'Trịnh\nSinh'],
    ['a carriage return in a single-line field', 'Trịnh\rSinh'],
  ])('refuses %s', (_what, text) => {
    expect(textProblem(text)).toBe('control_character');
  });

  it('allows tab and newline (and CR LF) in a multi-line field, but not other controls', () => {
    expect(textProblem('Dòng 1\n\tDòng 2\r\nDòng 3', { multiline: true })).toBeNull();
    expect(textProblem('Dòng 1\u0000', { multiline: true })).toBe('control_character');
    expect(textProblem('Dòng 1\u000b', { multiline: true })).toBe('control_character');
  });

  it.each([
    ['a lone high surrogate', 'ab\ud800c'],
    ['a lone low surrogate', '\udc00'],
    ['reversed pair', '\ude00\ud83d'],
  ])('refuses %s as ill-formed', (_what, text) => {
    expect(textProblem(text)).toBe('ill_formed');
    expect(textProblem(text, { multiline: true })).toBe('ill_formed');
  });

  it('accepts Vietnamese, emoji (a proper pair) and ordinary punctuation', () => {
    expect(textProblem('Đỗ Văn Hải – Chánh Thanh tra tỉnh (TB/BCĐ) 😀')).toBeNull();
  });
});

describe('normalizeText', () => {
  it('returns NFC', () => {
    const nfd = 'Kiện toàn Ban Chỉ đạo'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Kiện toàn Ban Chỉ đạo');
  });

  it('turns CR LF into LF in multi-line fields', () => {
    expect(normalizeText('a\r\nb\rc', { multiline: true })).toBe('a\nb\nc');
  });
});

describe('textProblem, inline (a rich-text node)', () => {
  it('allows a tab; refuses line ends, separators, zero-width and bidi marks', () => {
    expect(textProblem('a\tb', { inline: true })).toBeNull();
    expect(textProblem('a\rb', { inline: true })).toBe('control_character');
    expect(textProblem('a\nb', { inline: true })).toBe('control_character');
    for (const c of ['\u2028', '\u2029', '\uFEFF', '\u200B', '\u200E', '\u200F', '\u061C', '\u2060', '\u202E']) {
      expect(textProblem(`a${c}b`, { inline: true })).toBe('hidden_character');
    }
  });
});
