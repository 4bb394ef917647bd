import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { attendanceSheet, setAttendance } from './attendance.js';
import { updateCommittee } from './committees.js';
import type { Archive } from './connection.js';
import { getMinutesDocument } from './documents/meeting-source.js';
import { ArchiveError } from './errors.js';
import { getMeeting } from './meetings.js';
import { amendMinutes, finalizeMinutes, getMinutes, saveMinutes } from './minutes.js';
import { minutesParts, minutesSignatures } from './model/index.js';
import { updatePerson } from './people.js';
import { countAllRows, openDemoArchive, removeTempDirs, TEST_ACTOR } from './test-support.js';

// Issue 8 review (P1): a signed document never changes after signing. Finalize and each
// amendment freeze what the printed minutes show (0012); print reads that, not today's tables.

afterAll(removeTempDirs);
const opened: Archive[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
});

const TZ = 'Asia/Ho_Chi_Minh';
const ctx = { actor: TEST_ACTOR, timeZone: TZ };

const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof ArchiveError ? e.code : String(e)));

/** The demo meeting (13/01/2021, chaired by Trịnh Tuấn Sinh) with its minutes finalized. */
async function signed() {
  const { archive, demo } = await openDemoArchive();
  opened.push(archive);
  const db = archive.db;
  const meetingId = demo.meetingId;
  let minutes = await getMinutes(db, meetingId, TZ);
  if (minutes.id === null) {
    await saveMinutes(db, { meetingId, expectedRevision: 0, fields: minutes.fields, body: minutes.body }, ctx);
    minutes = await getMinutes(db, meetingId, TZ);
  }
  await finalizeMinutes(db, meetingId, minutes.revision, '2021-01-14', ctx);
  return { archive, db, meetingId, committeeId: demo.committeeId, signed: await getMinutesDocument(db, meetingId) };
}

describe('signed minutes are frozen', () => {
  it('renaming the chair and the committee after finalize leaves the printed minutes unchanged', async () => {
    const { db, meetingId, committeeId, signed: before } = await signed();
    expect(before.minutes.version).toMatchObject({ version: 1, kind: 'original' });
    const chairId = before.meeting.chairPersonId as number;
    await updatePerson(db, chairId, { fullName: 'Tên Đã Đổi', position: 'Chức vụ mới' }, TEST_ACTOR, '2021-01-01', { nameCorrection: true });
    await updateCommittee(db, committeeId, { name: 'Ban Chỉ đạo đã đổi tên', issuingBody: 'BAN ĐÃ ĐỔI', symbol: 'BĐĐ' }, TEST_ACTOR, '2021-01-01');
    // The tables did change: the meeting read live names the new chair.
    expect((await getMeeting(db, meetingId)).chairName).toBe('Tên Đã Đổi');
    const after = await getMinutesDocument(db, meetingId);
    expect(after).toEqual(before);
    expect(minutesParts(after)).toEqual(minutesParts(before));
    expect(JSON.stringify(after)).not.toMatch(/Tên Đã Đổi|đã đổi tên|BĐĐ/);
  });

  it('attendance of finalized minutes changes only through an amendment; the new version prints it, the original does not', async () => {
    const { db, meetingId, signed: original } = await signed();
    const member = (await attendanceSheet(db, meetingId)).rows.find((r) => r.kind === 'member' && r.status === 'present');
    expect(member).toBeDefined();
    const change = [{ personId: member!.personId as number, status: 'absent' as const, reason: 'Đi công tác' }];
    expect(await codeOf(setAttendance(db, meetingId, change, TEST_ACTOR))).toBe('VALIDATION');
    const current = await getMinutes(db, meetingId, TZ);
    expect(current.revision).toBe(1);
    await amendMinutes(db, { meetingId, expectedRevision: 1, reason: 'Đính chính thành phần', fields: current.fields, body: current.body, attendance: change }, '2021-01-20', ctx);
    const amended = await getMinutesDocument(db, meetingId);
    expect(amended.minutes.version).toMatchObject({ version: 2, kind: 'amendment', reason: 'Đính chính thành phần' });
    expect(amended.attendance.summary.absent).toBe(original.attendance.summary.absent + 1);
    const absentPart = minutesParts(amended).find((p) => p.label === 'Vắng mặt');
    expect(absentPart?.text).toContain(`${member!.fullName}`);
    expect(absentPart?.text).toContain('Đi công tác');
    // Version 1, asked for by number, prints exactly as signed.
    const first = await getMinutesDocument(db, meetingId, 1);
    expect(first).toEqual(original);
    expect(await codeOf(getMinutesDocument(db, meetingId, 3))).toBe('NOT_FOUND');
  });

  it('a snapshot damaged in the file is refused (CORRUPT), never printed from guesses', async () => {
    const { db, meetingId } = await signed();
    await sql`drop trigger minutes_versions_update`.execute(db);
    await sql`update minutes_versions set document_json = '{"format":1,"committee":{}}'`.execute(db);
    expect(await codeOf(getMinutesDocument(db, meetingId))).toBe('CORRUPT');
  });
});

describe('amend names the version it started from', () => {
  it('two amendments from the same revision: the second is refused MINUTES_STALE and writes nothing', async () => {
    const { db, meetingId } = await signed();
    const read = await getMinutes(db, meetingId, TZ);
    const amend = (reason: string) => amendMinutes(db, { meetingId, expectedRevision: read.revision, reason, fields: read.fields, body: read.body }, '2021-01-20', ctx);
    await amend('Cửa sổ A');
    const rows = await countAllRows(db);
    expect(await codeOf(amend('Cửa sổ B, cũ'))).toBe('MINUTES_STALE');
    expect(await countAllRows(db)).toEqual(rows);
    expect((await getMinutes(db, meetingId, TZ)).versions.map((v) => v.reason)).toEqual([null, 'Cửa sổ A']);
  });
});

// Issue 8 cold review (FA, item 2): a damaged stored text is refused, never shown or printed blank.
describe('a damaged stored body is refused CORRUPT', () => {
  const SCRIPT = '{"type":"doc","content":[{"type":"script"}]}';

  it('a signed version whose body was damaged: print, the minutes and the version are refused, naming the version', async () => {
    const { db, meetingId } = await signed();
    const read = await getMinutes(db, meetingId, TZ);
    await amendMinutes(db, { meetingId, expectedRevision: 1, reason: 'Đính chính', fields: read.fields, body: read.body }, '2021-01-20', ctx);
    await sql`drop trigger minutes_versions_update`.execute(db);
    await sql`update minutes_versions set body_json = ${SCRIPT} where version = 2`.execute(db);
    expect(await codeOf(getMinutesDocument(db, meetingId))).toBe('CORRUPT');
    expect(await codeOf(getMinutes(db, meetingId, TZ))).toBe('CORRUPT');
    const error = await getMinutesDocument(db, meetingId).then(() => null, (e: unknown) => e as ArchiveError);
    expect(error?.details).toMatchObject({ meetingId, version: 2, problem: 'unknown_node' });
    // Version 1, untouched, still prints.
    expect((await getMinutesDocument(db, meetingId, 1)).minutes.body.content.length).toBeGreaterThan(0);
    const { id } = await db.selectFrom('minutes_versions').select('id').where('version', '=', 2).executeTakeFirstOrThrow();
    const { getMinutesVersion } = await import('./minutes-versions.js');
    expect(await codeOf(getMinutesVersion(db, id))).toBe('CORRUPT');
  });

  it('a draft whose stored body is damaged: get refuses CORRUPT (no empty doc for autosave), a save does not write over it', async () => {
    const { archive, demo } = await openDemoArchive();
    opened.push(archive);
    const db = archive.db;
    const meetingId = demo.meetingId;
    let minutes = await getMinutes(db, meetingId, TZ);
    if (minutes.id === null) {
      await saveMinutes(db, { meetingId, expectedRevision: 0, fields: minutes.fields, body: minutes.body }, ctx);
      minutes = await getMinutes(db, meetingId, TZ);
    }
    await sql`update minutes set body_json = ${SCRIPT} where meeting_id = ${meetingId}`.execute(db);
    expect(await codeOf(getMinutes(db, meetingId, TZ))).toBe('CORRUPT');
    expect(await codeOf(getMinutesDocument(db, meetingId))).toBe('CORRUPT');
    const empty = { type: 'doc' as const, content: [{ type: 'paragraph' as const }] };
    expect(await codeOf(saveMinutes(db, { meetingId, expectedRevision: minutes.revision, fields: minutes.fields, body: empty }, ctx))).toBe('CORRUPT');
    const row = await db.selectFrom('minutes').select('body_json').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
    expect(row.body_json).toBe(SCRIPT);
  });
});

describe('one name source for the chair and the secretary (FB, issue 8 review)', () => {
  it('an amendment after a real rename prints "Chủ trì" and the CHỦ TỌA signature with the name borne on the meeting day', async () => {
    const { db, meetingId, signed: before } = await signed();
    const chairId = before.meeting.chairPersonId as number;
    const oldName = before.meeting.chairName as string;
    await updatePerson(db, chairId, { fullName: `${oldName} Mới` }, TEST_ACTOR, '2026-11-28');
    const current = await getMinutes(db, meetingId, TZ);
    await amendMinutes(db, { meetingId, expectedRevision: current.revision, reason: 'Bổ sung', fields: current.fields, body: current.body }, '2026-11-28', ctx);
    const amended = await getMinutesDocument(db, meetingId);
    expect(amended.minutes.version).toMatchObject({ kind: 'amendment' });
    const chairLine = minutesParts(amended).find((p) => p.label === 'Chủ trì')?.text ?? '';
    const signature = minutesSignatures(amended).chair;
    expect(signature).toBe(oldName);
    expect(chairLine).toContain(`đồng chí ${oldName}`);
    expect(JSON.stringify(amended)).not.toContain(`${oldName} Mới`);
  });

  it('a draft started after the rename names the chair as on the meeting day too', async () => {
    const { archive, demo } = await openDemoArchive();
    opened.push(archive);
    const meeting = await getMeeting(archive.db, demo.meetingId);
    const oldName = meeting.chairName as string;
    await updatePerson(archive.db, meeting.chairPersonId as number, { fullName: `${oldName} Mới` }, TEST_ACTOR, '2026-11-28');
    const draft = await getMinutes(archive.db, demo.meetingId, TZ);
    expect(draft.fields.chair?.split(',')[0]).toBe(oldName);
    expect((await getMeeting(archive.db, demo.meetingId)).chairName).toBe(oldName);
  });
});
