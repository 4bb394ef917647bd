import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { NEUTRAL_ACTOR, actorName } from '../../db/actor.js';
import { fixedClock } from '../../db/clock.js';
import { removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import type { AuditRecord, CommitteeSaved, Page } from '../contract.js';
import { createDispatch } from './dispatch.js';
import { allHandlers } from './index.js';
import { type Session, openSession } from './session.js';

// Issue 8 review (P1): the audit log never records or shows "root" or a blank as who made a
// change: the archive's clerk name (archive.clerkName) stands in, else "Văn thư".

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(removeTempDirs);

async function asOsUser(...users: string[]) {
  const session = await openSession(tempArchivePath(), 'browser', { clock: fixedClock('2021-01-10T02:00:00Z'), create: true });
  sessions.push(session);
  const as = (user: string) => createDispatch(allHandlers(), { archive: session.archive, actor: user, host: 'browser', clock: fixedClock('2021-01-10T02:00:00Z') });
  const writeAs = async (user: string, name: string) => {
    const r = await as(user)('committees.create', { name, level: 'tinh' });
    if (!r.ok) throw new Error(r.error.message);
    const history = await as(user)('audit.history', { entity: 'committee', entityId: (r.value as CommitteeSaved).id });
    return (history.ok ? (history.value as Page<AuditRecord>).items[0]?.actor : null) ?? null;
  };
  return { session, as, writeAs, users };
}

describe('the actor of a change', () => {
  it('"root" or a blank OS account is recorded as "Văn thư", then as the clerk name once the archive has one; a named account as itself', async () => {
    const { as, writeAs } = await asOsUser();
    expect(await writeAs('root', 'BCĐ một')).toBe(NEUTRAL_ACTOR);
    expect(await writeAs('', 'BCĐ hai')).toBe(NEUTRAL_ACTOR);
    const set = await as('root')('settings.set', { key: 'archive.clerkName', value: 'Nguyễn Thị Lan' });
    expect(set.ok).toBe(true);
    expect(await writeAs('root', 'BCĐ ba')).toBe('Nguyễn Thị Lan');
    expect(await writeAs(' ', 'BCĐ bốn')).toBe('Nguyễn Thị Lan');
    expect(await writeAs('lan.nt', 'BCĐ năm')).toBe('lan.nt');
  });

  it('actorName: only an account that names nobody is replaced; a blank clerk name counts as none', () => {
    expect(actorName('ROOT', null)).toBe(NEUTRAL_ACTOR);
    expect(actorName('unknown', '  ')).toBe(NEUTRAL_ACTOR);
    expect(actorName(undefined, 'Lan')).toBe('Lan');
    expect(actorName('rootless', 'Lan')).toBe('rootless');
  });
});
