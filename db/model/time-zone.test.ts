import { describe, expect, it } from 'vitest';
import { isTimeZone, todayIn } from './time-zone.js';

describe('todayIn', () => {
  it.each([
    ['2021-03-04T18:30:00Z', 'Asia/Ho_Chi_Minh', '2021-03-05'],
    ['2021-03-04T18:30:00Z', 'UTC', '2021-03-04'],
    ['2021-03-04T16:59:59Z', 'Asia/Ho_Chi_Minh', '2021-03-04'],
    ['2021-03-04T17:00:00Z', 'Asia/Ho_Chi_Minh', '2021-03-05'],
    ['2020-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2021-01-01'],
    ['2021-03-05T03:00:00Z', 'America/New_York', '2021-03-04'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });
});

describe('isTimeZone', () => {
  it.each(['Asia/Ho_Chi_Minh', 'UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires'])('accepts %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
  it.each(['Mars/Olympus_Mons', '+07:00', '', 'Asia/Ho Chi Minh', 'Asia/Ho_Chi_Minh/'])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});
