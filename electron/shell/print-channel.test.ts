import { describe, expect, it } from 'vitest';
import { isPrintRequest } from './print-channel.js';

describe('isPrintRequest', () => {
  it.each([
    { route: '/print/roster/1', mode: 'pdf' },
    { route: '/print/conclusion/12', mode: 'printer' },
    { route: '/print/roster/1?asOf=2021-01-13', mode: 'pdf' },
    { route: '/print/minutes/7?version=1', mode: 'pdf' },
    { route: '/print/minutes/7?version=123456', mode: 'printer' },
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
    ['/print/minutes/7?version=0', 'pdf'],
    ['/print/minutes/7?version=01', 'pdf'],
    ['/print/minutes/7?version=', 'pdf'],
    ['/print/minutes/7?version=1234567', 'pdf'],
    ['/print/minutes/7?version=-1', 'pdf'],
    ['/print/minutes/7?version=1.5', 'pdf'],
    ['/print/minutes/7?version=1&x=2', 'pdf'],
    ['/print/minutes/7?version=1\n', 'pdf'],
    ['/print/minutes/7?version=javascript:1', 'pdf'],
    ['/print/minutes/7?asOf=2021-01-13&version=1', 'pdf'],
    ['/print/roster/1', 'email'],
    ['/print/roster/1', undefined],
  ])('refuses route %j with mode %j', (route, mode) => {
    expect(isPrintRequest({ route, mode })).toBe(false);
  });

  it.each([null, undefined, '/print/roster/1', 42, [], { route: 1, mode: 'pdf' }])('refuses %j', (value) => {
    expect(isPrintRequest(value)).toBe(false);
  });
});
