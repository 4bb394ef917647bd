import { actorName } from '../../db/actor.js';
import os from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { corruptTablePage, countRows, createDemoFile, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { NOT_ROOT_REASON, immutable, isRoot, undoMounts } from '../../db/test-mounts.js';
import { type Session, currentActor, openSession } from './session.js';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(() => {
  undoMounts();
  removeTempDirs();
});

async function open(file: string, host: 'electron' | 'browser' = 'browser') {
  const session = await openSession(file, host, { create: true });
  sessions.push(session);
  return session;
}

describe('openSession', () => {
  it('records the OS user as the actor of every change ("Văn thư" for root or a blank, db/actor.ts)', async () => {
    const session = await open(tempArchivePath());
    expect(currentActor()).toBe(os.userInfo().username);
    await session.dispatch('committees.create', { name: 'BCĐ xã', level: 'xa' });
    const audit = await session.archive.db.selectFrom('audit_log').select('actor').execute();
    expect(audit).toEqual([{ actor: actorName(os.userInfo().username, null) }]);
  });

  it('on a damaged archive: mutations get INTEGRITY_FAILED, queries still answer', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'people');
    const session = await open(file);
    await session.archive.checked;
    const created = await session.dispatch('people.create', { fullName: 'Nguyễn Văn Mới' });
    expect(created).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    const setting = await session.dispatch('settings.set', { key: 'ui.language', value: 'en' });
    expect(setting).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    const renamed = await session.dispatch('committees.update', { id: 1, name: 'Đổi tên' });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    expect(await countRows(session.archive.db, 'settings')).toBe(0);
    expect(await countRows(session.archive.db, 'audit_log')).toBe(1);

    const committees = await session.dispatch('committees.list', {});
    expect(committees).toMatchObject({ ok: true, value: { items: [{ id: 1, memberCount: 7 }], total: 1 } });
    const status = await session.dispatch('archive.status', {});
    expect(status).toMatchObject({ ok: true, value: { integrity: { status: 'failed' } } });
  });

  it('on a damaged archive: mutations sent right after opening wait for the check and are all refused', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'people');
    const session = await open(file);
    const status = await session.dispatch('archive.status', {});
    expect(status).toMatchObject({ ok: true, value: { integrity: { status: 'checking' } } });
    const results = await Promise.all([
      session.dispatch('settings.set', { key: 'ui.language', value: 'en' }),
      session.dispatch('committees.update', { id: 1, name: 'Đổi tên' }),
      session.dispatch('committees.create', { name: 'BCĐ xã Mới', level: 'xa' }),
      session.dispatch('people.create', { fullName: 'Nguyễn Văn Mới' }),
      session.dispatch('settings.set', { key: 'ui.language', value: 'vi' }),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    expect(await countRows(session.archive.db, 'settings')).toBe(0);
    expect(await countRows(session.archive.db, 'committees')).toBe(1);
    expect(await countRows(session.archive.db, 'audit_log')).toBe(1);
  });

  it.skipIf(!isRoot)(`on a read-only archive file: archive.status says so and writes are READ_ONLY (${isRoot ? 'root' : NOT_ROOT_REASON})`, async () => {
    const file = await createDemoFile();
    immutable(file);
    const session = await open(file);
    expect(await session.dispatch('archive.status', {})).toMatchObject({ ok: true, value: { readOnly: true } });
    const created = await session.dispatch('people.create', { fullName: 'Nguyễn Văn Mới' });
    expect(created).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(await session.dispatch('people.list', {})).toMatchObject({ ok: true });
    await session.close();
    sessions.pop();
    undoMounts();
  });
});
