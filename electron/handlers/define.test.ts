import { describe, expect, it } from 'vitest';
import type { CommandName } from '../contract.js';
import { type Handlers, defineHandlers, joinHandlers } from './define.js';

const stub = async () => null as never;
const names: CommandName[] = ['committees.list', 'people.list', 'meetings.list'];

describe('joinHandlers', () => {
  it('joins groups that cover every name exactly once', () => {
    const a = defineHandlers({ 'committees.list': stub, 'people.list': stub });
    const b = defineHandlers({ 'meetings.list': stub });
    const joined = joinHandlers(names, a, b);
    expect(Object.keys(joined).sort()).toEqual([...names].sort());
    expect(joined['meetings.list']).toBe(b['meetings.list']);
  });

  it('throws when a command has two handlers', () => {
    const a = defineHandlers({ 'committees.list': stub, 'people.list': stub });
    const b = defineHandlers({ 'people.list': stub, 'meetings.list': stub });
    expect(() => joinHandlers(names, a, b)).toThrow(/people\.list has two handlers/);
  });

  it('throws when a command has no handler', () => {
    const a = defineHandlers({ 'committees.list': stub });
    expect(() => joinHandlers(names, a)).toThrow(/without a handler: people\.list, meetings\.list/);
  });

  it('throws on a handler for a command that is not in the contract', () => {
    const extra = { 'committees.list': stub, 'people.list': stub, 'meetings.list': stub, 'people.delete': stub };
    expect(() => joinHandlers(names, extra as unknown as Partial<Handlers>)).toThrow(/not in the contract: people\.delete/);
  });
});
