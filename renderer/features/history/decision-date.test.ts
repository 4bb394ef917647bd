import { describe, expect, it } from 'vitest';
import type { DecisionChanges, Membership } from '../../../electron/contract';
import { effectiveDate } from './decision-date';

const decision = { signedOn: '2022-06-15' } as DecisionChanges['decision'];
const term = (fromDate: string, toDate: string | null) => ({ fromDate, toDate }) as Membership;

describe('effectiveDate', () => {
  it('is the first day the decision changed the roster, not its signing date', () => {
    expect(effectiveDate({ decision, started: [term('2022-06-20', null)], ended: [term('2019-01-01', '2022-06-20')] })).toBe('2022-06-20');
    expect(effectiveDate({ decision, started: [term('2022-07-01', null)], ended: [term('2019-01-01', '2022-06-25')] })).toBe('2022-06-25');
  });

  it('falls back to the signing date for a decision that changed no term', () => {
    expect(effectiveDate({ decision, started: [], ended: [] })).toBe('2022-06-15');
  });
});
