import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, type ActionListFilter } from '../../../electron/contract';
import { actionsListHref, filterFromParams, filterToParams } from './action-filter-params';

// A dashboard figure opens the list behind it through the address: the filter that goes in
// must be the filter that comes out, or the list would count something else than the figure.

const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const id = fc.integer({ min: 1, max: 2 ** 40 });
const filter: fc.Arbitrary<ActionListFilter> = fc.record(
  {
    committeeId: id,
    conclusionId: id,
    conclusionItemId: id,
    withoutConclusion: fc.constant(true as const),
    owner: fc.oneof(
      id.map((personId) => ({ personId })),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '').map((unitName) => ({ unitName })),
    ),
    statuses: fc.uniqueArray(fc.constantFrom(...ACTION_STATUSES), { minLength: 1 }),
    deadlineFrom: day,
    deadlineTo: day,
    completedFrom: day,
    completedTo: day,
    asOf: day,
  },
  { requiredKeys: [] },
);

describe('the actions list filter in the address', () => {
  it('comes back exactly as it went in (every key, units with accents and punctuation)', () => {
    fc.assert(
      fc.property(filter, (f) => {
        expect(filterFromParams(new URLSearchParams(filterToParams(f).toString()))).toEqual(f);
      }),
    );
  });

  it('a dashboard figure becomes a link to the list with its filters', () => {
    expect(actionsListHref({ statuses: ['overdue'], asOf: '2021-03-01' })).toBe('/actions?status=overdue&asOf=2021-03-01');
    expect(actionsListHref({ owner: { unitName: 'Sở Nội vụ' } })).toBe('/actions?unit=S%E1%BB%9F+N%E1%BB%99i+v%E1%BB%A5');
    expect(actionsListHref({})).toBe('/actions');
  });

  it('leaves out what is not well formed rather than guessing', () => {
    const f = filterFromParams(new URLSearchParams('committee=0&conclusion=abc&person=-1&status=overdue,bogus,overdue&asOf=2021-3-1&deadlineTo=2021-03-31'));
    expect(f).toEqual({ statuses: ['overdue'], deadlineTo: '2021-03-31' });
  });
});
