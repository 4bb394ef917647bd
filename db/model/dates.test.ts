import { describe, expect, it } from 'vitest';
import { formatDisplayDate, isCalendarDate, officialDateLine, officialDateParts, parseDisplayDate } from './dates.js';

describe('officialDateLine (NĐ 30/2020: zero only for days < 10 and months 1–2)', () => {
  it.each([
    ['2021-03-05', 'ngày 05 tháng 3 năm 2021'],
    ['2021-01-13', 'ngày 13 tháng 01 năm 2021'],
    ['2021-10-20', 'ngày 20 tháng 10 năm 2021'],
    ['2021-02-01', 'ngày 01 tháng 02 năm 2021'],
    ['2021-09-09', 'ngày 09 tháng 9 năm 2021'],
    ['2021-10-10', 'ngày 10 tháng 10 năm 2021'],
    ['2021-12-31', 'ngày 31 tháng 12 năm 2021'],
    ['2021-01-01', 'ngày 01 tháng 01 năm 2021'],
    ['2021-02-28', 'ngày 28 tháng 02 năm 2021'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
    ['2021-03-10', 'ngày 10 tháng 3 năm 2021'],
    ['2021-11-05', 'ngày 05 tháng 11 năm 2021'],
    ['2021-07-15', 'ngày 15 tháng 7 năm 2021'],
  ])('%s → %s', (iso, line) => {
    expect(officialDateLine(iso)).toBe(line);
  });

  it('puts the place first and accepts a date-time', () => {
    expect(officialDateLine('2021-01-13T08:00', 'Thanh Hóa')).toBe('Thanh Hóa, ngày 13 tháng 01 năm 2021');
    expect(officialDateParts('2021-03-05T23:59')).toEqual({ day: '05', month: '3', year: '2021' });
  });

  it('refuses a day that does not exist rather than printing it', () => {
    expect(() => officialDateLine('2021-02-31')).toThrow(RangeError);
  });
});

describe('typed dates never roll over', () => {
  it.each([
    ['13/01/2021', '2021-01-13'],
    ['5/3/2021', '2021-03-05'],
    ['29/02/2024', '2024-02-29'],
    [' 31.12.2021 ', '2021-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseDisplayDate(text)).toBe(iso);
  });

  it.each(['31/02/2021', '13/13/2021', '29/02/2021', '31/04/2021', '00/01/2021', '01/00/2021', '2021-01-13', '1/1/21', ''])(
    '%j is refused',
    (text) => {
      expect(parseDisplayDate(text)).toBeNull();
    },
  );

  it.each([
    ['2021-02-28', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-02-31', false],
    ['2021-13-01', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2021-1-5', false],
  ])('isCalendarDate(%s) = %s', (iso, ok) => {
    expect(isCalendarDate(iso)).toBe(ok);
  });

  it('shows dd/mm/yyyy', () => {
    expect(formatDisplayDate('2021-01-13T08:00')).toBe('13/01/2021');
    expect(formatDisplayDate(null)).toBe('');
  });
});
