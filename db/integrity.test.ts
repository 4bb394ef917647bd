import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quickCheckInBackground, quickCheckNow } from './integrity.js';
import { corruptTablePage, createDemoFile, makeTempDir, openRaw, removeTempDirs } from './test-support.js';

afterAll(removeTempDirs);

describe('quick checks', () => {
  it('pass on a sound archive, in-process and on a worker', async () => {
    const file = await createDemoFile();
    const raw = openRaw(file);
    expect(quickCheckNow(raw.sqlite)).toEqual({ status: 'ok' });
    await raw.close();
    expect(await quickCheckInBackground(file)).toEqual({ status: 'ok' });
  });

  it('fail, with the problems, on a damaged archive', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'memberships');
    const raw = openRaw(file);
    const now = quickCheckNow(raw.sqlite);
    await raw.close();
    expect(now.status).toBe('failed');
    // SQLite either lists the damaged cells or stops with "malformed": both must read as failed.
    expect(now.status === 'failed' && now.problems.join('\n')).toMatch(/page|malformed/);
    expect((await quickCheckInBackground(file)).status).toBe('failed');
  });

  it('report a missing file as failed instead of creating it or hanging', async () => {
    const state = await quickCheckInBackground(path.join(makeTempDir(), 'gone.sqlite'));
    expect(state.status).toBe('failed');
  });
});
