import { describe, expect, it } from 'vitest';
import { isPrintRequest } from './print-channel.js';

describe('isPrintRequest', () => {
  it.each([
    { route: '/print/roster/1', mode: 'pdf' },
    { route: '/print/conclusion/12', mode: 'printer' },
    { route: '/print/roster/1?asOf=2021-01-13', mode: 'pdf' },
  ])('accepts %j', (request) => {
    expect(isPrintRequest(request)).toBe(true);
  });

  it.each([
    ['/../x', 'pdf'],
    ['/print/../../etc/passwd', 'pdf'],
    ['https://evil.example/print/roster/1', 'pdf'],
    ['app://minutebook/print/roster/1', 'pdf'],
    ['/print/roster/1/../../x', 'pdf'],
    ['/print/roster/abc', 'pdf'],
    ['/print/Roster/1', 'pdf'],
    ['/print/roster/1\n', 'pdf'],
    ['/print/roster/1?asOf=javascript:1', 'pdf'],
    ['/print/roster/1#x', 'pdf'],
    ['/print/roster/1', 'email'],
    ['/print/roster/1', undefined],
  ])('refuses route %j with mode %j', (route, mode) => {
    expect(isPrintRequest({ route, mode })).toBe(false);
  });

  it.each([null, undefined, '/print/roster/1', 42, [], { route: 1, mode: 'pdf' }])('refuses %j', (value) => {
    expect(isPrintRequest(value)).toBe(false);
  });
});
