import { DEFAULT_TIME_ZONE, type Today, isTimeZone, todayIn } from './model/index.js';

/** Where "now" comes from: the system clock in the hosts, a fixed instant in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant ("2021-03-04T18:30:00Z"). */
export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${iso}`);
  return { now: () => new Date(instant) };
}

/** ISO timestamp for created_at/updated_at and the audit log. */
export function nowIso(clock: Clock = systemClock): string {
  return clock.now().toISOString();
}

/** The archive's zone: its `archive.timeZone` setting when that is a valid IANA zone, else the default. */
export function resolveTimeZone(setting: unknown): string {
  return typeof setting === 'string' && isTimeZone(setting) ? setting : DEFAULT_TIME_ZONE;
}

/** Today in the given zone at the clock's instant. */
export function todayAt(clock: Clock, timeZone: string): Today {
  return { today: todayIn(timeZone, clock.now()), timeZone };
}
