import { describe, expect, it } from 'vitest';
import { nextNumberLine } from './next-number';

const state = { documentFormat: 'state' as const, symbol: 'BCĐ' };
const party = { documentFormat: 'party' as const, symbol: 'BCĐ' };

describe('the number the issue confirmation announces', () => {
  it('state format: the next of the calendar year of the issue date, 01 in a new year, two digits under 10', () => {
    const series = [
      { period: '2021', number: 4 },
      { period: '2021', number: 5 },
      { period: '2020', number: 12 },
    ];
    expect(nextNumberLine(state, null, series, '2021-03-01')).toBe('Số: 06/TB-BCĐ');
    expect(nextNumberLine(state, null, series, '2022-01-05')).toBe('Số: 01/TB-BCĐ');
    expect(nextNumberLine(state, null, [], '2021-01-13')).toBe('Số: 01/TB-BCĐ');
  });

  it('Party format: the next of the current term, written "Số 03-TB/BCĐ"; unknown without a term start', () => {
    const series = [{ period: 'term:2020-10-26', number: 2 }];
    expect(nextNumberLine(party, '2020-10-26', series, '2021-01-13')).toBe('Số 03-TB/BCĐ');
    expect(nextNumberLine(party, null, series, '2021-01-13')).toBeNull();
  });
});
