import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { updateCommittee } from '../committees.js';
import type { Archive } from '../connection.js';
import { ArchiveError } from '../errors.js';
import { getMeeting } from '../meetings.js';
import { issueInvitation } from '../meetings-invitation.js';
import { createMeeting } from '../meetings-write.js';
import { invitationSigner, inviteeLines } from '../model/index.js';
import { updatePerson } from '../people.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from '../test-support.js';
import { getInvitationDocument } from './meeting-source.js';

// Issue 8 review (FB): an issued invitation never changes. Issuing its number freezes what it
// prints (0016); print and Word read that, not today's tables.

afterAll(removeTempDirs);
const opened: Archive[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close();
});

const TODAY = '2026-11-28';
const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof ArchiveError ? e.code : String(e)));

async function demo() {
  const { archive, demo } = await openDemoArchive();
  opened.push(archive);
  return { db: archive.db, meetingId: demo.meetingId, committeeId: demo.committeeId };
}

describe('an issued invitation is frozen', () => {
  it('the demo invitation (Số 01-GM, 08/01/2021) keeps its chair, invitees and header after a real rename of the chair and the committee', async () => {
    const { db, meetingId, committeeId } = await demo();
    const before = await getInvitationDocument(db, meetingId, TODAY);
    expect(before.invitation?.number).toBe(1);
    expect(before.issuedOn).toBe('2021-01-08');
    const chairId = before.meeting.chairPersonId as number;
    const oldName = before.meeting.chairName as string;
    await updatePerson(db, chairId, { fullName: 'Người Đã Đổi Tên' }, TEST_ACTOR, TODAY);
    await updatePerson(db, chairId, { fullName: 'Tên Sửa Chính Tả' }, TEST_ACTOR, TODAY, { nameCorrection: true });
    await updateCommittee(db, committeeId, { name: 'Ban Chỉ đạo đã đổi tên', issuingBody: 'BAN ĐÃ ĐỔI', symbol: 'BĐĐ' }, TEST_ACTOR, '2021-01-01');
    const after = await getInvitationDocument(db, meetingId, TODAY);
    expect(after).toEqual(before);
    expect(invitationSigner(after).name).toBe(oldName);
    expect(JSON.stringify(after)).not.toMatch(/Người Đã Đổi Tên|Tên Sửa Chính Tả|đã đổi tên|BĐĐ/);
    expect(inviteeLines(after)).toEqual(inviteeLines(before));
  });

  it('invitations.issue freezes it in the same transaction; before issuing, the print follows the tables', async () => {
    const { db, committeeId, meetingId: demoMeeting } = await demo();
    const chairId = (await getMeeting(db, demoMeeting)).chairPersonId as number;
    const m = await createMeeting(db, { committeeId, kind: 'dinh_ky', title: 'Họp định kỳ', startsAt: '2021-03-01T08:00', chairPersonId: chairId }, TEST_ACTOR);
    expect((await db.selectFrom('meetings').select('invitation_json').where('id', '=', m.id).executeTakeFirstOrThrow()).invitation_json).toBeNull();
    await updatePerson(db, chairId, { fullName: 'Tên Trước Khi Mời' }, TEST_ACTOR, '2021-02-01');
    expect((await getInvitationDocument(db, m.id, TODAY)).meeting.chairName).toBe('Tên Trước Khi Mời');
    await issueInvitation(db, { meetingId: m.id, issuedOn: '2021-02-20' }, TEST_ACTOR, TODAY);
    const issued = await getInvitationDocument(db, m.id, TODAY);
    await updatePerson(db, chairId, { fullName: 'Tên Sau Khi Mời' }, TEST_ACTOR, TODAY, { nameCorrection: true });
    const later = await getInvitationDocument(db, m.id, TODAY);
    expect(later).toEqual(issued);
    expect(later.meeting.chairName).toBe('Tên Trước Khi Mời');
    expect(later.issuedOn).toBe('2021-02-20');
  });

  it('the frozen invitation never changes in the file (trigger); a damaged one is refused (CORRUPT)', async () => {
    const { db, meetingId } = await demo();
    await expect(sql`update meetings set invitation_json = '{}' where id = ${meetingId}`.execute(db)).rejects.toThrow(/INVITATION_FROZEN/);
    await sql`drop trigger meetings_invitation_frozen`.execute(db);
    await sql`update meetings set invitation_json = '{"format":1,"committee":{}}' where id = ${meetingId}`.execute(db);
    expect(await codeOf(getInvitationDocument(db, meetingId, TODAY))).toBe('CORRUPT');
  });
});
