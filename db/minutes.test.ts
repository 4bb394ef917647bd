import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Archive } from './connection.js';
import { ArchiveError } from './errors.js';
import { amendMinutes, finalizeMinutes, getMinutes, saveMinutes } from './minutes.js';
import { compareMinutesVersions, getMinutesVersion } from './minutes-versions.js';
import { setMeetingStatus } from './meetings-write.js';
import { MINUTES_CLOSED_BEFORE_OPENED, MINUTES_MEETING_CANCELLED, MINUTES_MEETING_NOT_HELD, type MinutesFields, type RichTextDoc } from './model/index.js';
import { countAllRows, openDemoArchive, removeTempDirs, sha256File, TEST_ACTOR } from './test-support.js';

afterAll(removeTempDirs);
const opened: Archive[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
});

const TZ = 'Asia/Ho_Chi_Minh';
const ctx = { actor: TEST_ACTOR, timeZone: TZ };
const doc = (...texts: string[]): RichTextDoc => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

async function demo() {
  const { archive, demo } = await openDemoArchive();
  opened.push(archive);
  // A meeting without minutes, made through the meetings table as it stands (issue 8: until M1's commands land).
  const { id: fresh } = await archive.db
    .insertInto('meetings')
    .values({ committee_id: demo.committeeId, kind: 'dinh_ky', status: 'draft', title: 'Họp định kỳ quý I', starts_at: '2021-03-05T14:00', place: 'Phòng họp số 2', created_at: 'x', updated_at: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { archive, db: archive.db, meetingId: demo.meetingId, fresh };
}

const expectCode = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code).toBe(code);
};

describe('minutes draft', () => {
  it('a new draft takes its fields from the meeting; the demo draft reads "có mặt x/y" and the chair from the meeting', async () => {
    const { db, meetingId, fresh } = await demo();
    const empty = await getMinutes(db, fresh, TZ);
    expect(empty).toMatchObject({ id: null, status: 'draft', revision: 0, versions: [], fields: { openedAt: '2021-03-05T14:00', place: 'Phòng họp số 2', chair: null } });
    const seeded = await getMinutes(db, meetingId, TZ);
    expect(seeded.fields.chair).toMatch(/^Trịnh Tuấn Sinh, /);
    expect(seeded.fields.attendees).toMatch(/^Có mặt \d+\/\d+ thành viên Ban Chỉ đạo/);
    expect(seeded.body.content.length).toBeGreaterThan(1);
  });

  it('autosave counts revisions, keeps the text, and writes one small audit entry per save', async () => {
    const { db, fresh } = await demo();
    const draft = await getMinutes(db, fresh, TZ);
    const first = await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields: draft.fields, body: doc('Khai mạc') }, ctx);
    expect(first.revision).toBe(1);
    expect(first.savedTime).toMatch(/^\d\d:\d\d$/);
    const second = await saveMinutes(db, { meetingId: fresh, expectedRevision: 1, fields: { ...draft.fields, place: 'Hội trường' }, body: doc('Khai mạc', 'Thảo luận') }, ctx);
    expect(second.revision).toBe(2);
    const read = await getMinutes(db, fresh, TZ);
    expect(read).toMatchObject({ revision: 2, fields: { place: 'Hội trường' }, body: doc('Khai mạc', 'Thảo luận') });
    const entries = await db.selectFrom('audit_log').select(['action', 'detail_json']).where('entity', '=', 'minutes').orderBy('id').execute();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries.every((e) => (e.detail_json ?? '').length < 100)).toBe(true);
  });

  it('a stale save (another window saved since) is refused with MINUTES_STALE and changes nothing', async () => {
    const { db, fresh } = await demo();
    const { fields } = await getMinutes(db, fresh, TZ);
    await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Cửa sổ A') }, ctx);
    const rows = await countAllRows(db);
    await expectCode(saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Cửa sổ B, cũ') }, ctx), 'MINUTES_STALE');
    expect(await countAllRows(db)).toEqual(rows);
    expect((await getMinutes(db, fresh, TZ)).body).toEqual(doc('Cửa sổ A'));
  });

  it('a body outside the model is refused in the core (VALIDATION), not stored', async () => {
    const { db, fresh } = await demo();
    const { fields } = await getMinutes(db, fresh, TZ);
    const forged = { type: 'doc', content: [{ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }] } as unknown as RichTextDoc;
    await expectCode(saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: forged }, ctx), 'VALIDATION');
    expect((await getMinutes(db, fresh, TZ)).id).toBeNull();
  });
});

describe('finalize and amend', () => {
  async function finalized() {
    const setup = await demo();
    const { db, fresh } = setup;
    const { fields } = await getMinutes(db, fresh, TZ);
    await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Bản gốc') }, ctx);
    const locked = await finalizeMinutes(db, fresh, 1, '2021-03-05', ctx);
    return { ...setup, fields, locked };
  }

  it('finalizing makes the text version 1, the original, and locks the minutes', async () => {
    const { locked } = await finalized();
    expect(locked).toMatchObject({ status: 'finalized', body: doc('Bản gốc') });
    expect(locked.versions).toEqual([expect.objectContaining({ version: 1, kind: 'original', reason: null, madeOn: '2021-03-05' })]);
  });

  it('a save after finalize is refused with MINUTES_FINALIZED and the file stays byte-identical', async () => {
    const { archive, db, fresh, fields } = await finalized();
    const before = sha256File(archive.file);
    await expectCode(saveMinutes(db, { meetingId: fresh, expectedRevision: 1, fields, body: doc('Sửa lén') }, ctx), 'MINUTES_FINALIZED');
    await expectCode(finalizeMinutes(db, fresh, 1, '2021-03-06', ctx), 'MINUTES_FINALIZED');
    expect(sha256File(archive.file)).toBe(before);
  });

  it('the lock is in the archive itself: a raw UPDATE or DELETE of finalized minutes or a version is refused by the trigger', async () => {
    const { db, fresh } = await finalized();
    const { sql } = await import('kysely');
    for (const statement of [
      sql`update minutes set body_json = '{}' where meeting_id = ${fresh}`,
      sql`delete from minutes where meeting_id = ${fresh}`,
      sql`update minutes_versions set body_json = '{}'`,
      sql`delete from minutes_versions`,
    ]) {
      const error = await statement.execute(db).then(() => null, (e: unknown) => e as Error);
      expect(error?.message).toMatch(/^MINUTES_FINALIZED/);
    }
    const { fromSqliteError } = await import('./sqlite-errors.js');
    const error = await sql`update minutes set status = 'draft' where meeting_id = ${fresh}`.execute(db).then(() => null, (e: unknown) => e);
    expect(fromSqliteError(error)?.code).toBe('MINUTES_FINALIZED');
  });

  it('an amendment is a new version with its reason and day; the original is kept and readable; compare gives both', async () => {
    const { db, fresh, fields } = await finalized();
    const amended = await amendMinutes(db, { meetingId: fresh, expectedRevision: 1, reason: 'Đính chính số liệu', fields, body: doc('Bản gốc', 'Đính chính: 96%') }, '2021-03-10', ctx);
    expect(amended.status).toBe('finalized');
    expect(amended.body).toEqual(doc('Bản gốc', 'Đính chính: 96%'));
    expect(amended.versions.map((v) => [v.version, v.kind, v.reason, v.madeOn])).toEqual([
      [1, 'original', null, '2021-03-05'],
      [2, 'amendment', 'Đính chính số liệu', '2021-03-10'],
    ]);
    const [original, amendment] = amended.versions as unknown as [{ id: number }, { id: number }];
    expect((await getMinutesVersion(db, original.id)).body).toEqual(doc('Bản gốc'));
    const compared = await compareMinutesVersions(db, original.id, amendment.id);
    expect([compared.left.version, compared.right.version]).toEqual([1, 2]);
    expect(compared.right.body).toEqual(doc('Bản gốc', 'Đính chính: 96%'));
  });

  it('amending a draft, or finalizing minutes never saved, is refused', async () => {
    const { db, fresh, meetingId } = await demo();
    const fields: MinutesFields = (await getMinutes(db, fresh, TZ)).fields;
    await expectCode(finalizeMinutes(db, fresh, 0, '2021-03-05', ctx), 'NOT_FOUND');
    await expectCode(amendMinutes(db, { meetingId, expectedRevision: 0, reason: 'x', fields, body: doc('x') }, '2021-03-05', ctx), 'CONFLICT');
  });

  it('versions cannot be added to a draft, even by a raw INSERT', async () => {
    const { db, meetingId } = await demo();
    const { id } = await db.selectFrom('minutes').select('id').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
    const error = await db
      .insertInto('minutes_versions')
      .values({ minutes_id: id, version: 1, kind: 'original', fields_json: '{}', body_json: '{}', reason: null, made_on: null, actor: null, created_at: 'x' })
      .execute()
      .then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/^MINUTES_NOT_FINALIZED/);
  });
});

// Issue 8 cold review (FA, item 3): finalize and save refuse what cannot be signed.
describe('what cannot be finalized or written', () => {
  const issueOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => (e instanceof ArchiveError ? { code: e.code, issue: (e.details?.issues as Array<{ path: string; message: string }> | undefined)?.[0] } : String(e)),
    );

  it('a meeting whose day is after today is refused (VALIDATION meeting_not_yet_held); on its day it finalizes', async () => {
    const { db, fresh } = await demo();
    const { fields } = await getMinutes(db, fresh, TZ);
    await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Khai mạc') }, ctx);
    const rows = await countAllRows(db);
    expect(await issueOf(finalizeMinutes(db, fresh, 1, '2021-03-04', ctx))).toEqual({ code: 'VALIDATION', issue: { path: 'meeting', message: MINUTES_MEETING_NOT_HELD } });
    expect(await countAllRows(db)).toEqual(rows);
    expect((await finalizeMinutes(db, fresh, 1, '2021-03-05', ctx)).status).toBe('finalized');
  });

  it('closing time before opening time is refused (VALIDATION ends_before_start on fields.closedAt)', async () => {
    const { db, fresh } = await demo();
    const { fields } = await getMinutes(db, fresh, TZ);
    await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields: { ...fields, openedAt: '2021-03-05T14:00', closedAt: '2021-03-05T11:30' }, body: doc('Khai mạc') }, ctx);
    expect(await issueOf(finalizeMinutes(db, fresh, 1, '2021-03-06', ctx))).toEqual({ code: 'VALIDATION', issue: { path: 'fields.closedAt', message: MINUTES_CLOSED_BEFORE_OPENED } });
    expect((await getMinutes(db, fresh, TZ)).status).toBe('draft');
  });

  it('minutes of a cancelled meeting are not saved (VALIDATION meeting_cancelled), nothing written', async () => {
    const { db, fresh } = await demo();
    await setMeetingStatus(db, fresh, 'cancelled', 'Hoãn họp', TEST_ACTOR);
    const { fields } = await getMinutes(db, fresh, TZ);
    const rows = await countAllRows(db);
    expect(await issueOf(saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Khai mạc') }, ctx))).toEqual({
      code: 'VALIDATION',
      issue: { path: 'meeting', message: MINUTES_MEETING_CANCELLED },
    });
    expect(await countAllRows(db)).toEqual(rows);
  });
});

// Issue 8 cold review (FA, item 4): the body is stored as every text field is.
describe('body text on write', () => {
  it('is stored in NFC; a bare CR or a zero-width space is refused (VALIDATION) and nothing stored', async () => {
    const { db, fresh } = await demo();
    const { fields } = await getMinutes(db, fresh, TZ);
    const nfd = 'Kết luận của đồng chí Trưởng ban'.normalize('NFD');
    await expectCode(saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Dòng 1\rDòng 2') }, ctx), 'VALIDATION');
    await expectCode(saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc('Kết\u200Bluận') }, ctx), 'VALIDATION');
    expect((await getMinutes(db, fresh, TZ)).id).toBeNull();
    await saveMinutes(db, { meetingId: fresh, expectedRevision: 0, fields, body: doc(nfd) }, ctx);
    const row = await db.selectFrom('minutes').select('body_json').where('meeting_id', '=', fresh).executeTakeFirstOrThrow();
    expect(row.body_json).toContain('Kết luận của đồng chí Trưởng ban'.normalize('NFC'));
    expect(row.body_json).not.toContain(nfd);
  });
});

// Issue 8 cold review (FA, item 5): minutes.get reads the text of the latest version only.
describe('minutes.get reads one text', () => {
  it('with three versions, only the minutes row and the latest version come back with a body', async () => {
    const { db, meetingId } = await demo();
    let read = await getMinutes(db, meetingId, TZ);
    if (read.id === null) {
      await saveMinutes(db, { meetingId, expectedRevision: 0, fields: read.fields, body: read.body }, ctx);
      read = await getMinutes(db, meetingId, TZ);
    }
    await finalizeMinutes(db, meetingId, read.revision, '2021-01-14', ctx);
    for (const [revision, text] of [[1, 'Bản sửa 2'], [2, 'Bản sửa 3']] as const) {
      await amendMinutes(db, { meetingId, expectedRevision: revision, reason: text, fields: read.fields, body: doc(text) }, '2021-01-20', ctx);
    }
    const rows: Array<Record<string, unknown>> = [];
    const recording = db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        rows.push(...(args.result.rows as Array<Record<string, unknown>>));
        return args.result;
      },
    });
    const minutes = await getMinutes(recording, meetingId, TZ);
    expect(minutes.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(minutes.body).toEqual(doc('Bản sửa 3'));
    const bodies = rows.filter((r) => 'body_json' in r).map((r) => r.body_json);
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((b) => String(b).includes('Bản sửa 3'))).toHaveLength(1);
  });
});

