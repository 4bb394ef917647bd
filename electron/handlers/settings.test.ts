import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { type Session, openSession } from './session.js';

// settings.get answers the key's own type: a stored value that does not fit it is null, not passed on.

let session: Session;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
});
afterEach(() => session.close());
afterAll(removeTempDirs);

async function store(key: string, json: string) {
  await session.archive.db
    .insertInto('settings')
    .values({ key, value: json, updated_at: '2021-03-05T00:00:00.000Z' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

describe('settings.get', () => {
  it('returns a stored value of the right type', async () => {
    await store('ui.language', '"en"');
    expect(await session.dispatch('settings.get', { key: 'ui.language' })).toEqual({ ok: true, value: 'en' });
  });

  it.each(['"fr"', '42', '{"lang":"vi"}', 'null'])('returns null for a stored %s that is not a language', async (json) => {
    await store('ui.language', json);
    expect(await session.dispatch('settings.get', { key: 'ui.language' })).toEqual({ ok: true, value: null });
  });

  it('returns null for a stored time zone that is not an IANA zone', async () => {
    await store('archive.timeZone', '"Mars/Olympus_Mons"');
    expect(await session.dispatch('settings.get', { key: 'archive.timeZone' })).toEqual({ ok: true, value: null });
    await store('archive.timeZone', '"Asia/Bangkok"');
    expect(await session.dispatch('settings.get', { key: 'archive.timeZone' })).toEqual({ ok: true, value: 'Asia/Bangkok' });
  });
});
