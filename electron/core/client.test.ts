import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  corruptTablePage,
  createDemoFile,
  makeNewerArchive,
  makeTempDir,
  removeTempDirs,
  sha256File,
  tempArchivePath,
} from '../../db/test-support.js';
import { NOT_ROOT_REASON, isRoot, readOnlyView, undoMounts } from '../../db/test-mounts.js';
import type { Result } from '../contract.js';
import { openSession } from '../handlers/session.js';
import { type Core, type CoreOptions, openCore } from './client.js';
import { CRASH_ID, CRASH_JOB, SLOW_FROM } from './test-worker-inputs.js';

// Real worker threads (the TypeScript entry, loaded through tsx in the worker) on real
// archive files. The e2e suite runs the bundled dist/core-worker.cjs behind `minutebook serve`.

// Each core starts three threads that load TypeScript through tsx: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

const testWorker = path.join(import.meta.dirname, 'test-worker.ts');
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});
afterAll(removeTempDirs);

async function open(file: string, options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = await openCore(file, { host: 'browser', ...options });
  cores.push(core);
  return core;
}

/** Settles a promise into a flag, to ask "has it finished yet?" without waiting. */
function watch<T>(promise: Promise<T>) {
  const state = { done: false };
  promise.then(() => (state.done = true));
  return state;
}

/** Drops what differs between two copies by nature: the moment of a write and the file name. */
function comparable(result: Result<unknown>): unknown {
  return JSON.parse(JSON.stringify(result), (key, value) =>
    key === 'createdAt' || key === 'updatedAt' || key === 'file' ? '(varies)' : value,
  );
}

const script: Array<[string, unknown]> = [
  ['archive.status', {}],
  ['committees.list', {}],
  ['committees.get', { id: 1 }],
  ['people.list', {}],
  ['people.list', { query: 'trinh tuan' }],
  ['people.get', { id: 2 }],
  ['people.get', { id: 999 }],
  ['roster.get', { committeeId: 1, asOf: '2021-01-13' }],
  ['meetings.list', {}],
  ['dashboard.counts', { asOf: '2021-03-01' }],
  ['people.create', { fullName: 'Lê Văn Tám', phone: '0237 3852 123' }],
  ['people.update', { id: 2, position: 'Phó Chủ tịch UBND tỉnh' }],
  ['people.get', { id: 2 }],
  ['committees.create', { name: 'BCĐ huyện Thọ Xuân', level: 'huyen', parentCommitteeId: 1 }],
  ['committees.list', {}],
  ['settings.set', { key: 'ui.language', value: 'en' }],
  ['settings.get', { key: 'ui.language' }],
  ['people.create', { fullName: '' }],
  ['people.drop', {}],
];

describe('openCore: the same answers as in-process', () => {
  it('every command of a clerk’s session answers exactly as the in-process handlers do', async () => {
    const inProcessFile = await createDemoFile();
    const workerFile = path.join(makeTempDir(), 'copy.sqlite');
    fs.copyFileSync(inProcessFile, workerFile);

    const session = await openSession(inProcessFile, 'browser');
    await session.archive.checked;
    const expected = [];
    for (const [name, input] of script) expected.push(comparable(await session.dispatch(name, input)));
    await session.close();

    const core = await open(workerFile);
    await core.checked;
    const actual = [];
    for (const [name, input] of script) actual.push(comparable(await core.dispatch(name, input)));
    expect(actual).toEqual(expected);
    expect(actual.filter((r) => (r as Result<unknown>).ok)).toHaveLength(script.length - 3);
  });

  it('on a damaged archive: the writer’s check reaches every thread; mutations refused, queries answer', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'people');
    const core = await open(file);
    expect(await core.checked).toMatchObject({ status: 'failed' });
    expect(await core.dispatch('archive.status', {})).toMatchObject({ ok: true, value: { integrity: { status: 'failed' } } });
    expect(await core.dispatch('people.create', { fullName: 'Nguyễn Văn Mới' })).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    expect(await core.dispatch('committees.list', {})).toMatchObject({ ok: true, value: { items: [{ id: 1, memberCount: 7 }] } });
  });

  it.skipIf(!isRoot)(`on an archive in a read-only folder: every query answers, writes are READ_ONLY (${isRoot ? 'root' : NOT_ROOT_REASON})`, async () => {
    const file = await createDemoFile();
    const before = sha256File(file);
    const view = readOnlyView(path.dirname(file));
    try {
      const core = await open(path.join(view, path.basename(file)));
      expect(await core.dispatch('archive.status', {})).toMatchObject({ ok: true, value: { readOnly: true } });
      for (const name of ['committees.list', 'people.list', 'meetings.list', 'dashboard.counts'] as const) {
        expect([name, await core.dispatch(name, {})]).toMatchObject([name, { ok: true }]);
      }
      expect(await core.dispatch('people.create', { fullName: 'Nguyễn Văn Mới' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      await core.close();
      cores.pop();
    } finally {
      undoMounts();
    }
    expect(sha256File(file)).toBe(before);
  });
});

describe('openCore: archives it must not open', () => {
  it('refuses a file that is not an archive with NOT_AN_ARCHIVE, leaving it alone', async () => {
    const file = path.join(makeTempDir(), 'notes.txt');
    fs.writeFileSync(file, 'not sqlite\n'.repeat(100));
    await expect(open(file)).rejects.toMatchObject({ name: 'ArchiveError', code: 'NOT_AN_ARCHIVE' });
    expect(fs.readFileSync(file, 'utf8')).toBe('not sqlite\n'.repeat(100));
  });

  it('refuses an archive from a newer Minutebook with SCHEMA_TOO_NEW, unchanged', async () => {
    const file = tempArchivePath();
    await makeNewerArchive(file);
    const before = sha256File(file);
    await expect(open(file)).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW', message: expect.stringMatching(/newer Minutebook/) });
    expect(sha256File(file)).toBe(before);
  });
});

describe('openCore: threads', () => {
  it('a long query on a reader holds up neither archive.status, nor a write, nor another query', async () => {
    const core = await open(await createDemoFile(), { workerFile: testWorker, readers: 2 });
    const slow = core.dispatch('meetings.list', { committeeId: SLOW_FROM * 8 });
    const running = watch(slow);
    const cheap: Array<[string, unknown]> = [
      ['archive.status', {}],
      ['people.create', { fullName: 'Hoàng Thị Mai' }],
      ['people.list', { query: 'hoang thi mai' }],
      ['committees.list', {}],
    ];
    for (const [name, input] of cheap) {
      expect(await core.dispatch(name, input), name).toMatchObject({ ok: true });
      expect(running.done, `${name} waited for the slow query`).toBe(false);
    }
    expect(await slow).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null } });
  });

  it('a reader that crashes gives INTERNAL for its command; the next command starts a new one', async () => {
    const core = await open(await createDemoFile(), { workerFile: testWorker, readers: 1 });
    const crashed = await core.dispatch('people.get', { id: CRASH_ID });
    expect(crashed).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/reader worker stopped \(exit 3\) while running people\.get/) },
    });
    expect(await core.dispatch('people.get', { id: 1 })).toMatchObject({ ok: true, value: { fullName: 'Trịnh Tuấn Sinh' } });
  });

  it('a writer that crashes mid-command gives INTERNAL; the restarted writer writes, nothing half-done', async () => {
    const core = await open(await createDemoFile(), { workerFile: testWorker, readers: 1 });
    expect(await core.checked).toEqual({ status: 'ok' });
    const crashed = await core.dispatch('people.update', { id: CRASH_ID, phone: '0237 3852 123' });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/writer worker stopped \(exit 4\)/) } });
    expect(await core.dispatch('people.create', { fullName: 'Đinh Văn Sau' })).toMatchObject({ ok: true, value: { fullName: 'Đinh Văn Sau' } });
    expect(await core.dispatch('people.get', { id: 1 })).toMatchObject({ ok: true, value: { fullName: 'Trịnh Tuấn Sinh' } });
    expect(await core.dispatch('archive.status', {})).toMatchObject({ ok: true, value: { integrity: { status: 'ok' } } });
  });

  it('the host’s own thread never loads the SQLite driver: the SQL runs on the core’s threads', async () => {
    const probe = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'host-probe.ts'), await createDemoFile()], {
      encoding: 'utf8',
    });
    expect(probe.status, probe.stderr).toBe(0);
    expect(JSON.parse(probe.stdout)).toEqual({ ok: [true, true, true], sqliteLoaded: false });
  }, 60_000);

  it('a writer restarted on a damaged archive still refuses every write', async () => {
    const file = await createDemoFile();
    corruptTablePage(file, 'people');
    const core = await open(file, { workerFile: testWorker, readers: 1 });
    expect(await core.checked).toMatchObject({ status: 'failed' });
    expect(await core.job(CRASH_JOB as 'demo.load')).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/exit 5/) } });
    expect(await core.dispatch('settings.set', { key: 'ui.language', value: 'en' })).toMatchObject({ ok: false, error: { code: 'INTEGRITY_FAILED' } });
    expect(core.integrity()).toMatchObject({ status: 'failed' });
  });

  it('close waits for the command in flight, refuses new ones, and leaves no WAL behind', async () => {
    const file = await createDemoFile();
    const core = await openCore(file, { host: 'browser', workerFile: testWorker, readers: 1 });
    const slow = core.dispatch('meetings.list', { committeeId: SLOW_FROM * 2 });
    const closed = core.close();
    expect(await core.dispatch('committees.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await slow).toEqual({ ok: true, value: { items: [], hasMore: false, nextCursor: null } });
    await closed;
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a host job runs on the writer: demo.load into an empty archive, refused into a full one', async () => {
    const core = await open(tempArchivePath(), { create: true });
    expect(await core.job('demo.load')).toMatchObject({ ok: true, value: { members: 8, items: 6 } });
    expect(await core.job('demo.load')).toMatchObject({ ok: false, error: { code: 'NOT_EMPTY' } });
    expect(await core.dispatch('committees.list', {})).toMatchObject({ ok: true, value: { items: [{ id: 1 }] } });
  });
});
