import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';

export async function getSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : null;
}

export async function setSetting(db: Db, key: string, value: unknown, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const json = JSON.stringify(value);
    await trx
      .insertInto('settings')
      .values({ key, value: json, updated_at: nowIso() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: nowIso() }))
      .execute();
    await audit(trx, { actor, action: 'update', entity: 'setting', entityId: null, detail: { key, value } });
  });
}
