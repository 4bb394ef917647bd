import { describe, expect, it } from 'vitest';
import { useDemoSessionAt } from './test-demo-session.js';
import type { DashboardCounts, Roster } from '../contract.js';

// Item 17: "today" has one owner, the main side, in the archive's time zone; the clock is
// injected, so no test here reads the wall clock.

const at = useDemoSessionAt();

describe('today in the archive time zone', () => {
  it('at 2021-03-04T18:30Z (01:30 on the 5th in Vietnam) today is 2021-03-05 for clock, roster and dashboard', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    expect(await call('clock.today', {})).toEqual({ today: '2021-03-05', timeZone: 'Asia/Ho_Chi_Minh' });
    expect((await call<Roster>('roster.get', { committeeId: demo.committeeId })).asOf).toBe('2021-03-05');
    expect((await call<DashboardCounts>('dashboard.counts', {})).asOf).toBe('2021-03-05');
  });

  it('one second before midnight in Vietnam it is still the 4th', async () => {
    const { call } = await at('2021-03-04T16:59:59Z');
    expect(await call('clock.today', {})).toEqual({ today: '2021-03-04', timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('the roster changes at midnight in Vietnam, not at midnight UTC', async () => {
    // 2020-10-25T17:00Z is 00:00 on 26/10 in Vietnam: the reconstitution day, 7 new members.
    const { demo, call } = await at('2020-10-25T17:00:00Z');
    const roster = await call<Roster>('roster.get', { committeeId: demo.committeeId });
    expect(roster.members).toHaveLength(7);
    expect(roster.members.map((m) => m.fullName)).not.toContain('Vũ Văn Minh');
    expect((await call<DashboardCounts>('dashboard.counts', {})).activeMembers).toBe(7);
    const [committee] = (await call<{ items: Array<{ memberCount: number }> }>('committees.list', {})).items;
    expect(committee?.memberCount).toBe(7);
  });

  it('follows the archive.timeZone setting', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    await call('settings.set', { key: 'archive.timeZone', value: 'UTC' });
    expect(await call('settings.get', { key: 'archive.timeZone' })).toBe('UTC');
    expect(await call('clock.today', {})).toEqual({ today: '2021-03-04', timeZone: 'UTC' });
    expect((await call<Roster>('roster.get', { committeeId: demo.committeeId })).asOf).toBe('2021-03-04');
    await call('settings.set', { key: 'archive.timeZone', value: 'Pacific/Kiritimati' });
    expect(await call('clock.today', {})).toEqual({ today: '2021-03-05', timeZone: 'Pacific/Kiritimati' });
  });

  it.each(['Mars/Olympus_Mons', '+07:00', 'GMT+7', '', 'Asia/Ho Chi Minh'])('refuses %j as the archive time zone', async (zone) => {
    const { session, call } = await at('2021-03-04T18:30:00Z');
    const result = await session.dispatch('settings.set', { key: 'archive.timeZone', value: zone });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'value' }] } });
    expect(await call('clock.today', {})).toEqual({ today: '2021-03-05', timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('an explicit date still wins over today', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    expect((await call<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2020-01-01' })).asOf).toBe('2020-01-01');
  });
});
