import type { Reader } from './meetings-store.js';
import { DEFAULT_DUE_SOON_DAYS, DUE_SOON_SETTING } from './model/index.js';

/** "Sắp đến hạn" window in days: the setting actions.dueSoonDays (0…60), default 3. */
export async function dueSoonDaysOf(db: Reader): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', DUE_SOON_SETTING).executeTakeFirst();
  const value = row ? (JSON.parse(row.value) as unknown) : null;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 60 ? value : DEFAULT_DUE_SOON_DAYS;
}
