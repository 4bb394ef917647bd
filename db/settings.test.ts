import { describe, expect, it } from 'vitest';
import { getSetting, setSetting } from './settings.js';
import { TEST_ACTOR, countRows, useTempArchive } from './test-support.js';

const t = useTempArchive();

describe('settings', () => {
  it('reads null for a key never set', async () => {
    expect(await getSetting(t.archive.db, 'ui.language')).toBeNull();
  });

  it('round-trips JSON values and overwrites in place', async () => {
    await setSetting(t.archive.db, 'ui.language', 'en', TEST_ACTOR);
    expect(await getSetting(t.archive.db, 'ui.language')).toBe('en');
    await setSetting(t.archive.db, 'ui.language', 'vi', TEST_ACTOR);
    expect(await getSetting(t.archive.db, 'ui.language')).toBe('vi');
    await setSetting(t.archive.db, 'report.window', { dueSoonDays: 5, owners: ['a'] }, TEST_ACTOR);
    expect(await getSetting(t.archive.db, 'report.window')).toEqual({ dueSoonDays: 5, owners: ['a'] });
    expect(await countRows(t.archive.db, 'settings')).toBe(2);
  });

  it('audits every change with the key and value', async () => {
    await setSetting(t.archive.db, 'ui.language', 'en', TEST_ACTOR);
    await setSetting(t.archive.db, 'ui.language', 'vi', TEST_ACTOR);
    const audit = await t.archive.db.selectFrom('audit_log').select(['action', 'entity', 'detail_json']).orderBy('id').execute();
    expect(audit.map((a) => JSON.parse(a.detail_json ?? 'null'))).toEqual([
      { key: 'ui.language', value: 'en' },
      { key: 'ui.language', value: 'vi' },
    ]);
    expect(audit.every((a) => a.action === 'update' && a.entity === 'setting')).toBe(true);
  });
});
