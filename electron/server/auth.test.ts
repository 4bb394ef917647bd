import { describe, expect, it } from 'vitest';
import { allowedHost, newToken, sameToken } from './auth.js';

describe('tokens', () => {
  it('are 32 random bytes in base64url, different every launch', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compare equal only when identical', () => {
    const t = newToken();
    expect(sameToken(t, t)).toBe(true);
    expect(sameToken(t, `${t}x`)).toBe(false);
    expect(sameToken(t, t.slice(0, -1))).toBe(false);
    expect(sameToken(t, newToken())).toBe(false);
    expect(sameToken(t, '')).toBe(false);
    expect(sameToken(t, undefined)).toBe(false);
    expect(sameToken(t, null)).toBe(false);
  });
});

describe('allowedHost', () => {
  it('accepts only 127.0.0.1 or localhost on our port', () => {
    expect(allowedHost('127.0.0.1:5173', 5173)).toBe(true);
    expect(allowedHost('localhost:5173', 5173)).toBe(true);
    expect(allowedHost('127.0.0.1', 5173)).toBe(false);
    expect(allowedHost('127.0.0.1:5174', 5173)).toBe(false);
    expect(allowedHost('evil.example:5173', 5173)).toBe(false);
    expect(allowedHost('localhost.evil.example:5173', 5173)).toBe(false);
    expect(allowedHost(undefined, 5173)).toBe(false);
  });
});
