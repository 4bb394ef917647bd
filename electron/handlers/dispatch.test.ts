import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../db/migrations/index.js';
import { loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, countAllRows, countRows, createDemoFile, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { systemClock } from '../../db/clock.js';
import { createDispatch } from './dispatch.js';
import { allHandlers } from './index.js';
import { type Session, openSession } from './session.js';

let session: Session;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
});
afterEach(() => session.close());
afterAll(removeTempDirs);

async function refusedWithoutWriting(name: string, input: unknown) {
  const before = await countAllRows(session.archive.db);
  const result = await session.dispatch(name, input);
  expect(await countAllRows(session.archive.db)).toEqual(before);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('dispatch: refusals before any handler runs', () => {
  it.each(['people.remove', 'constructor', '__proto__', 'toString', ''])('unknown command %j → UNKNOWN_COMMAND', async (name) => {
    const error = await refusedWithoutWriting(name, {});
    expect(error.code).toBe('UNKNOWN_COMMAND');
  });

  it.each([
    ['people.create', { fullName: '' }, 'fullName'],
    ['people.create', { fullName: '   ' }, 'fullName'],
    ['people.create', { fullName: 'Lê Thị Bình', email: 'x' }, 'email'],
    ['people.create', { fullName: 'Lê Thị Bình', phone: 'call me' }, 'phone'],
    ['people.create', { fullName: 'Lê Thị Bình', admin: true }, ''],
    ['committees.create', { name: 'BCĐ', level: 'xyz' }, 'level'],
    ['committees.create', { level: 'tinh' }, 'name'],
    ['committees.update', { name: 'BCĐ' }, 'id'],
    ['committees.get', { id: -1 }, 'id'],
    ['roster.get', { committeeId: 1, asOf: '13/01/2021' }, 'asOf'],
    ['dashboard.counts', { asOf: '2021-02-30' }, 'asOf'],
  ])('%s %j → VALIDATION on %j, nothing written', async (name, input, field) => {
    const error = await refusedWithoutWriting(name, input);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(error.issues?.map((i) => i.path)).toContain(field);
    expect(error.message).toContain(name);
  });

  it('an input that is not an object is a validation error', async () => {
    for (const input of ['people', 42, [1, 2]]) {
      expect((await refusedWithoutWriting('people.create', input)).code).toBe('VALIDATION');
    }
  });

  it('a missing input counts as {} for commands that take nothing', async () => {
    expect(await session.dispatch('committees.list', undefined)).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null, total: 0 } });
    expect(await session.dispatch('committees.list', null)).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null, total: 0 } });
  });
});

describe('dispatch: handlers and their errors', () => {
  it('creates through the handler, with trimmed input and an audit row', async () => {
    const result = await session.dispatch('people.create', { fullName: '  Trần Thị Lan ', email: '', phone: '0237 3852 123' });
    expect(result).toMatchObject({ ok: true, value: { fullName: 'Trần Thị Lan', email: null, phone: '0237 3852 123' } });
    const audit = await session.archive.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
  });

  it('maps NOT_FOUND and CONFLICT from the records core', async () => {
    expect(await session.dispatch('people.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const created = await session.dispatch('committees.create', { name: 'BCĐ huyện', level: 'huyen' });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const self = await session.dispatch('committees.update', { id, parentCommitteeId: id });
    expect(self).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('an unexpected error becomes INTERNAL and is logged, never thrown', async () => {
    const log = vi.fn();
    const handlers = { ...allHandlers(), 'meetings.list': async () => Promise.reject(new Error('disk on fire')) };
    const dispatch = createDispatch(handlers, { archive: session.archive, actor: 'test', host: 'browser', clock: systemClock }, log);
    const result = await dispatch('meetings.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'disk on fire' } });
    expect(log).toHaveBeenCalledOnce();
    await dispatch('people.get', { id: 1 });
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('deleting through the dispatcher', () => {
  it('committees.delete of a committee with meetings is HAS_DEPENDENTS; one with none is deleted', async () => {
    await loadDemo(session.archive.db, TEST_ACTOR);
    const refused = await session.dispatch('committees.delete', { id: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS', message: expect.stringMatching(/meetings/) } });
    const created = await session.dispatch('committees.create', { name: 'BCĐ xã Mới', level: 'xa' });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    expect(await session.dispatch('committees.delete', { id })).toEqual({ ok: true, value: null });
    expect(await session.dispatch('committees.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("the schema's RESTRICT is the backstop: a bare delete of a referenced row is HAS_DEPENDENTS too", async () => {
    await loadDemo(session.archive.db, TEST_ACTOR);
    const handlers = {
      ...allHandlers(),
      'committees.delete': async (input: { id: number }) => {
        await session.archive.db.deleteFrom('committees').where('id', '=', input.id).execute();
        return null;
      },
    };
    const dispatch = createDispatch(handlers, { archive: session.archive, actor: 'test', host: 'browser', clock: systemClock }, () => {});
    expect(await dispatch('committees.delete', { id: 1 })).toMatchObject({ ok: false, error: { code: 'HAS_DEPENDENTS' } });
    expect(await countRows(session.archive.db, 'meetings')).toBe(1);
  });
});

describe('settings through the dispatcher', () => {
  it('round-trips a valid value', async () => {
    expect(await session.dispatch('settings.get', { key: 'ui.language' })).toEqual({ ok: true, value: null });
    expect(await session.dispatch('settings.set', { key: 'ui.language', value: 'en' })).toEqual({ ok: true, value: null });
    expect(await session.dispatch('settings.get', { key: 'ui.language' })).toEqual({ ok: true, value: 'en' });
  });

  it.each([
    [{ key: 'ui.language', value: 'fr' }, 'value'],
    [{ key: 'ui.language', value: 1 }, 'value'],
    [{ key: 'ui.language' }, 'value'],
    [{ key: 'db.path', value: '/etc/passwd' }, 'key'],
  ])('settings.set %j is refused', async (input, field) => {
    const error = await refusedWithoutWriting('settings.set', input);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toContain(field);
  });

  it('settings.get of an unknown key is refused', async () => {
    expect((await refusedWithoutWriting('settings.get', { key: 'secret' })).code).toBe('VALIDATION');
  });
});

describe('archive.status', () => {
  it('reports the file, schema, host and integrity of a reopened archive', async () => {
    const file = await createDemoFile();
    const reopened = await openSession(file, 'electron');
    const first = await reopened.dispatch('archive.status', {});
    expect(first).toMatchObject({ ok: true, value: { file, schemaVersion: SCHEMA_VERSION, host: 'electron', integrity: { status: 'checking' } } });
    await reopened.archive.checked;
    expect(await reopened.dispatch('archive.status', {})).toMatchObject({ ok: true, value: { integrity: { status: 'ok' } } });
    await reopened.close();
  });
});
