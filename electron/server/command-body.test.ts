import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestedDeeperThan, parseCommandBody } from './command-body.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('nestedDeeperThan', () => {
  it('counts objects and arrays', () => {
    expect(nestedDeeperThan('{}', 1)).toBe(false);
    expect(nestedDeeperThan('{"a":[{}]}', 3)).toBe(false);
    expect(nestedDeeperThan('{"a":[{}]}', 2)).toBe(true);
    expect(nestedDeeperThan(nested(64), 64)).toBe(false);
    expect(nestedDeeperThan(nested(65), 64)).toBe(true);
    expect(nestedDeeperThan('[[],[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestedDeeperThan(JSON.stringify({ note: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ note: 'say \\"[[[[' }), 1)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ note: 'a"b', x: [[[]]] }), 3)).toBe(true);
  });
});

describe('parseCommandBody', () => {
  it('parses JSON, an empty body being {}', () => {
    expect(parseCommandBody('{"fullName":"Trịnh Tuấn Sinh"}')).toEqual({ ok: true, value: { fullName: 'Trịnh Tuấn Sinh' } });
    expect(parseCommandBody('')).toEqual({ ok: true, value: {} });
  });

  it('refuses nesting deeper than the limit with 400, before parsing', () => {
    expect(parseCommandBody(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`)).toMatchObject({ ok: true });
    expect(parseCommandBody(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toMatchObject({ ok: false, status: 400 });
    // Deep enough to overflow JSON.parse's stack: refused by the scan, not by a crash.
    expect(parseCommandBody(nested(1_000_000))).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses what is not JSON with 400', () => {
    expect(parseCommandBody('{fullName: oops')).toMatchObject({ ok: false, status: 400, message: 'the body is not JSON' });
  });
});
