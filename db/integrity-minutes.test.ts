import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-chain.js';
import type { Archive } from './connection.js';
import { verifyArchive, verifyMinutesIntegrity } from './integrity-minutes.js';
import { amendMinutes, finalizeMinutes, getMinutes, saveMinutes } from './minutes.js';
import { openDemoArchive, openRaw, removeTempDirs, TEST_ACTOR } from './test-support.js';

// Issue 8 cold review (FA, item 1): signed minutes forged by SQL never read as ok.

afterAll(removeTempDirs);
const opened: Archive[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
});

const TZ = 'Asia/Ho_Chi_Minh';
const ctx = { actor: TEST_ACTOR, timeZone: TZ };

/** The demo meeting's minutes finalized (version 1) and amended (version 2); the archive file closed. */
async function signedFile() {
  const { archive, demo } = await openDemoArchive();
  const db = archive.db;
  const meetingId = demo.meetingId;
  let minutes = await getMinutes(db, meetingId, TZ);
  if (minutes.id === null) {
    await saveMinutes(db, { meetingId, expectedRevision: 0, fields: minutes.fields, body: minutes.body }, ctx);
    minutes = await getMinutes(db, meetingId, TZ);
  }
  await finalizeMinutes(db, meetingId, minutes.revision, '2021-01-14', ctx);
  const read = await getMinutes(db, meetingId, TZ);
  await amendMinutes(db, { meetingId, expectedRevision: 1, reason: 'Đính chính', fields: read.fields, body: read.body }, '2021-01-20', ctx);
  const { id } = await db.selectFrom('minutes').select('id').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  const file = archive.file;
  await archive.close();
  return { file, meetingId, minutesId: id };
}

/** What an attacker with the sqlite3 shell does: a plain connection, foreign keys off (the shell's default). */
function attack(file: string, script: string) {
  const raw = openRaw(file);
  raw.sqlite.pragma('foreign_keys = off');
  raw.sqlite.exec(script);
  return raw.close();
}

async function verifyFile(file: string) {
  const raw = openRaw(file);
  try {
    return await verifyArchive(raw.db);
  } finally {
    await raw.close();
  }
}

const FORGED = `'{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Văn bản giả"}]}]}'`;
const LOCK_UPDATE = `create trigger minutes_versions_update before update on minutes_versions
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be changed'); end`;

describe('signed minutes are sealed', () => {
  it('a finalized and amended archive verifies ok, every version counted', async () => {
    const { file } = await signedFile();
    const raw = openRaw(file);
    expect(await verifyMinutesIntegrity(raw.db)).toEqual({ status: 'ok', versions: 2 });
    expect((await verifyArchive(raw.db)).status).toBe('ok');
    await raw.close();
  });

  it('REPLACE of a version or of finalized minutes is refused by the archive itself', async () => {
    const { file, meetingId, minutesId } = await signedFile();
    const raw = openRaw(file);
    const v1 = raw.sqlite.prepare('select * from minutes_versions where minutes_id = ? and version = 1').get(minutesId) as Record<string, unknown>;
    expect(() =>
      raw.sqlite.prepare(`insert or replace into minutes_versions (id, minutes_id, version, kind, fields_json, body_json, document_json, created_at) values (?, ?, 1, 'original', ?, ${FORGED}, ?, ?)`)
        .run(v1.id, minutesId, v1.fields_json, v1.document_json, v1.created_at),
    ).toThrow(/^MINUTES_FINALIZED/);
    // Same (minutes, version) under a new id: REPLACE would delete the original through the unique key.
    expect(() =>
      raw.sqlite.prepare(`insert or replace into minutes_versions (minutes_id, version, kind, fields_json, body_json, created_at) values (?, 1, 'original', '{}', ${FORGED}, 'x')`).run(minutesId),
    ).toThrow(/^MINUTES_FINALIZED/);
    expect(() => raw.sqlite.prepare(`insert or replace into minutes (id, meeting_id, status) values (?, ?, 'draft')`).run(minutesId, meetingId)).toThrow(/^MINUTES_FINALIZED/);
    expect(() => raw.sqlite.prepare(`insert or replace into minutes (meeting_id, status) values (?, 'draft')`).run(meetingId)).toThrow(/^MINUTES_FINALIZED/);
    // With recursive_triggers on, REPLACE's delete fires the delete locks too: still refused.
    raw.sqlite.pragma('recursive_triggers = on');
    raw.sqlite.exec('drop trigger minutes_versions_no_replace; drop trigger minutes_finalized_no_replace');
    expect(() => raw.sqlite.prepare(`insert or replace into minutes_versions (id, minutes_id, version, kind, fields_json, body_json, created_at) values (?, ?, 1, 'original', '{}', ${FORGED}, 'x')`).run(v1.id, minutesId)).toThrow(
      /^MINUTES_FINALIZED/,
    );
    expect(() => raw.sqlite.prepare(`insert or replace into minutes (id, meeting_id, status) values (?, ?, 'draft')`).run(minutesId, meetingId)).toThrow(/^MINUTES_FINALIZED/);
    await raw.close();
  });

  it('a version rewritten by REPLACE once the guard is dropped: broken, version_changed, naming the meeting and version', async () => {
    const { file, meetingId, minutesId } = await signedFile();
    await attack(file, `drop trigger minutes_versions_no_replace;
      insert or replace into minutes_versions (id, minutes_id, version, kind, fields_json, body_json, document_json, reason, made_on, actor, created_at)
        select id, minutes_id, version, kind, fields_json, ${FORGED}, document_json, reason, made_on, actor, created_at from minutes_versions where minutes_id = ${minutesId} and version = 1;
      ${`create trigger minutes_versions_no_replace before insert on minutes_versions
    when exists (select 1 from minutes_versions where id = new.id or (minutes_id = new.minutes_id and version = new.version))
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be replaced'); end`};`);
    const state = await verifyFile(file);
    expect(state.status).toBe('broken');
    expect(state.minutes).toMatchObject({ code: 'version_changed', meetingId, version: 1 });
    expect(state.status === 'broken' && state.reason).toMatch(new RegExp(`meeting ${meetingId}, version 1`));
  });

  it('locks dropped, document_json edited, locks re-created exactly: broken, version_changed', async () => {
    const { file, meetingId, minutesId } = await signedFile();
    await attack(file, `drop trigger minutes_versions_update;
      update minutes_versions set document_json = json_set(document_json, '$.forged', 1) where minutes_id = ${minutesId} and version = 2;
      ${LOCK_UPDATE};`);
    expect((await verifyFile(file)).minutes).toMatchObject({ code: 'version_changed', meetingId, version: 2 });
  });

  it('finalized minutes reopened as a draft (REPLACE with the guard dropped): broken, minutes_reopened', async () => {
    const { file, meetingId, minutesId } = await signedFile();
    await attack(file, `drop trigger minutes_finalized_no_replace;
      insert or replace into minutes (id, meeting_id, status, fields_json, body_json) select id, meeting_id, 'draft', fields_json, body_json from minutes where id = ${minutesId};`);
    const state = await verifyFile(file);
    // The guard's removal is found first; put back, the reopened minutes are.
    expect(state.minutes).toMatchObject({ code: 'guard_removed', trigger: 'minutes_finalized_no_replace' });
    await attack(file, `create trigger minutes_finalized_no_replace before insert on minutes
    when exists (select 1 from minutes where (id = new.id or meeting_id = new.meeting_id) and status = 'finalized')
    begin select raise(abort, 'MINUTES_FINALIZED: finalized minutes cannot be replaced'); end;`);
    expect((await verifyFile(file)).minutes).toMatchObject({ code: 'minutes_reopened', meetingId });
  });

  it("the minutes row's original text changed, a version removed, a version added by SQL: each broken", async () => {
    const { file, meetingId, minutesId } = await signedFile();
    await attack(file, `drop trigger minutes_finalized_update; update minutes set body_json = ${FORGED} where id = ${minutesId};
      create trigger minutes_finalized_update before update on minutes when old.status = 'finalized'
    begin select raise(abort, 'MINUTES_FINALIZED: finalized minutes cannot be changed; amend them'); end;`);
    expect((await verifyFile(file)).minutes).toMatchObject({ code: 'original_changed', meetingId });

    const second = await signedFile();
    await attack(second.file, `drop trigger minutes_versions_delete; delete from minutes_versions where minutes_id = ${second.minutesId} and version = 2;
      create trigger minutes_versions_delete before delete on minutes_versions
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be deleted'); end;`);
    expect((await verifyFile(second.file)).minutes).toMatchObject({ code: 'version_missing', meetingId: second.meetingId, version: 2 });

    const third = await signedFile();
    await attack(third.file, `insert into minutes_versions (minutes_id, version, kind, fields_json, body_json, created_at) values (${third.minutesId}, 3, 'amendment', '{}', ${FORGED}, 'x');`);
    expect((await verifyFile(third.file)).minutes).toMatchObject({ code: 'version_unsealed', meetingId: third.meetingId, version: 3 });
  });

  it('a lock removed or replaced by a weaker one: broken, naming the trigger', async () => {
    const { file } = await signedFile();
    await attack(file, 'drop trigger minutes_versions_delete;');
    expect((await verifyFile(file)).minutes).toMatchObject({ code: 'guard_removed', trigger: 'minutes_versions_delete' });
    await attack(file, `create trigger minutes_versions_delete before delete on minutes_versions when 0
    begin select raise(abort, 'MINUTES_FINALIZED: a version of the minutes cannot be deleted'); end;`);
    expect((await verifyFile(file)).minutes).toMatchObject({ code: 'guard_replaced', trigger: 'minutes_versions_delete' });
  });

  it('the audit chain itself still holds after finalize and amend (the seals are ordinary chained entries)', async () => {
    const { file } = await signedFile();
    const raw = openRaw(file);
    expect((await verifyAuditChain(raw.db)).status).toBe('ok');
    const { rows } = await sql<{ n: number }>`select count(*) as n from audit_log where json_extract(detail_json, '$.contentHash') is not null`.execute(raw.db);
    expect(rows[0]?.n).toBe(2);
    await raw.close();
  });
});
