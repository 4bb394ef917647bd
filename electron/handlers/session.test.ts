import os from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { corruptTablePage, countRows, createDemoFile, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { type Session, currentActor, openSession } from './session.js';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(removeTempDirs);

async function open(file: string, host: 'electron' | 'browser' = 'browser') {
  const session = await openSession(file, host);
  sessions.push(session);
  return session;
}

describe('openSession', () => {
  it('records the OS user as the actor of every change', async () => {
    const session = await open(tempArchivePath());
    expect(currentActor()).toBe(os.userInfo().username);
    await session.dispatch('committees.create', { name: 'BCĐ xã', level: 'xa' });
    const audit = await session.archive.db.selectFrom('audit_log').select('actor').execute();
    expect(audit).toEqual([{ actor: os.userInfo().username }]);
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
});
