import { type Clock, resolveTimeZone, todayAt } from './clock.js';
import type { Db } from './connection.js';
import type { Today } from './model/index.js';
import { getSetting } from './settings.js';

export const TIME_ZONE_SETTING = 'archive.timeZone';

/** Today in the archive's time zone (default Asia/Ho_Chi_Minh): the one owner of "today". */
export async function archiveToday(db: Db, clock: Clock): Promise<Today> {
  return todayAt(clock, resolveTimeZone(await getSetting(db, TIME_ZONE_SETTING)));
}
