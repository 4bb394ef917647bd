import { describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH, requestPath } from './request-target.js';

describe('requestPath', () => {
  it.each([
    ['/', '/'],
    ['/?token=abc', '/'],
    ['/assets/app.js', '/assets/app.js'],
    ['/api/people.list', '/api/people.list'],
    ['/%2e%2e/x?q=%C3%A1', '/%2e%2e/x'],
  ])('keeps the path of %s', (target, path) => {
    expect(requestPath(target)).toBe(path);
  });

  it.each([
    ['empty', ''],
    ['network-path form', '//['],
    ['network-path to a host', '//evil.example/api/people.list'],
    ['absolute form', 'http://['],
    ['absolute form of our own origin', 'http://127.0.0.1:5173/'],
    ['asterisk form', '*'],
    ['authority form', '127.0.0.1:80'],
    ['relative', '../etc/passwd'],
    ['bad percent-encoding in the path', '/%E0%A4%A'],
    ['a lone percent', '/%zz'],
    ['bad percent-encoding in the query', '/?token=%ff'],
    ['a space', '/a b'],
    ['a control character', '/a\x7f'],
    ['raw UTF-8', '/á'],
    ['overlong', `/${'a'.repeat(MAX_TARGET_LENGTH)}`],
  ])('refuses %s', (_what, target) => {
    expect(requestPath(target)).toBeNull();
  });

  it('refuses undefined', () => {
    expect(requestPath(undefined)).toBeNull();
  });
});
