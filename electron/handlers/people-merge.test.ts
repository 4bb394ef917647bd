import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoSummary } from '../../db/demo/load-demo.js';
import { loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, countAllRows, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import type { Roster } from '../contract.js';
import { type Session, openSession } from './session.js';

// people.merge at the boundary: a refused merge carries a typed detail the UI words
// (renderer/ui/refusal-message.ts), not only "conflict".

let session: Session;
let demo: DemoSummary;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
  demo = await loadDemo(session.archive.db, TEST_ACTOR);
});
afterEach(() => session.close());
afterAll(removeTempDirs);

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await session.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('people.merge', () => {
  it('two records on one committee over overlapping, different terms: refused with the committee and both terms', async () => {
    const roster = await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2022-03-01' });
    const sinh = roster.members.find((m) => m.fullName === 'Trịnh Tuấn Sinh')!;
    const { id: twinId } = await value<{ id: number }>('people.create', { fullName: 'Trịnh Tuấn Sinh', organisation: 'Tỉnh ủy' });
    await value('memberships.create', { personId: twinId, committeeId: demo.committeeId, role: 'uy_vien', fromDate: '2021-06-01', toDate: '2022-01-01' });
    const { name: committee } = await session.archive.db.selectFrom('committees').select('name').where('id', '=', demo.committeeId).executeTakeFirstOrThrow();

    const before = await countAllRows(session.archive.db);
    const result = await session.dispatch('people.merge', { keepId: sinh.personId, mergeId: twinId });
    expect(await countAllRows(session.archive.db)).toEqual(before);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining(committee),
        detail: {
          kind: 'merge_overlapping_terms',
          committeeId: demo.committeeId,
          committee,
          keptName: 'Trịnh Tuấn Sinh',
          mergedName: 'Trịnh Tuấn Sinh',
          kept: { fromDate: sinh.fromDate, toDate: null },
          merged: { fromDate: '2021-06-01', toDate: '2022-01-01' },
        },
      },
    });
  });
});
