import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { vi } from '../../i18n/vi';
import { emptyMeetingValues, meetingFormErrors, meetingInput, normalizeTime } from './meeting-form-values';

/** t() over the Vietnamese catalogue, as i18next resolves a key (or its default value). */
const t = ((key: string, options?: { defaultValue?: string }) => {
  const found = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], vi);
  return typeof found === 'string' ? found : (options?.defaultValue ?? key);
}) as unknown as TFunction;

const seed = {
  ...emptyMeetingValues(1),
  kind: 'tong_ket' as const,
  title: 'Hội nghị tổng kết năm 2020',
  startDate: '2021-01-13',
  startTime: '8h',
  endTime: '11:30',
  place: 'Hội trường Tỉnh ủy',
};

describe('meeting form values', () => {
  it.each([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    ['8h', '08:00'],
    ['8h30', '08:30'],
    ['8g30', '08:30'],
    ['0830', '08:30'],
    ['830', '08:30'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['8:60', null],
    ['tám giờ', null],
    ['', null],
  ])('reads the typed time %j as %j', (typed, expected) => {
    expect(normalizeTime(typed)).toBe(expected);
  });

  it('joins day and times into the local date-times of the contract', () => {
    expect(meetingInput(seed)).toMatchObject({ committeeId: 1, startsAt: '2021-01-13T08:00', endsAt: '2021-01-13T11:30' });
    expect(meetingInput({ ...seed, endDate: '2021-01-14', endTime: '9:00' }).endsAt).toBe('2021-01-14T09:00');
    expect(meetingInput({ ...seed, endTime: '' }).endsAt).toBeNull();
    expect(meetingFormErrors(seed, t)).toEqual({});
  });

  it('puts each refusal next to its field, in Vietnamese', () => {
    const errors = meetingFormErrors({ ...seed, title: '  ', startTime: '25:00', endTime: '07:00' }, t);
    expect(errors.title).toBe('Bắt buộc nhập');
    expect(errors.startTime).toBe(vi.meetings.form.notATime);
    // An end before the start is the contract's own refusal, shown under the end time.
    expect(meetingFormErrors({ ...seed, endTime: '07:00' }, t)).toEqual({ endTime: vi.validation.ends_before_start });
    expect(meetingFormErrors({ ...seed, committeeId: null, startDate: null }, t)).toMatchObject({
      committeeId: 'Bắt buộc nhập',
      startDate: 'Bắt buộc nhập',
    });
    expect(meetingFormErrors({ ...seed, endDate: '2021-01-14', endTime: '' }, t)).toEqual({ endTime: vi.meetings.form.endTimeMissing });
  });

  // Helper P2 (issue 8 review): the empty form says the date is missing, not that 08:00 is wrong.
  it('on the empty form flags the missing date and leaves the default time alone', () => {
    const errors = meetingFormErrors({ ...emptyMeetingValues(1), title: 'Họp định kỳ' }, t);
    expect(errors).toEqual({ startDate: 'Bắt buộc nhập' });
  });

  it('says what a time like 25:00 should be', () => {
    expect(meetingFormErrors({ ...seed, startTime: '25:00' }, t).startTime).toBe('Giờ không hợp lệ, nhập hh:mm từ 00:00 đến 23:59');
  });
});
