import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection.js';
import { PAGE_MARGINS_MM } from '../model/index.js';
import { openDemoArchive, removeTempDirs } from '../test-support.js';
import { mmToTwip } from './docx-units.js';
import { writeInvitationDocx } from './meeting-invitation-docx.js';
import { writeMinutesDocx } from './meeting-minutes-docx.js';
import { getInvitationDocument, getMinutesDocument, readMinutesBody, readMinutesFields } from './meeting-source.js';
import { documentXml, paragraphs, tableRows } from './test-read-back.js';

// The demo meeting (13/01/2021) as Word files, read back from their XML: what the clerk would
// see on opening them before signing.

afterAll(removeTempDirs);

/** The header holds compound words together with no-break spaces (document-layout.ts); read them as spaces. */
/** The demo's invitation is issued, so frozen (0016): print it from the tables as an invitation issued before 0016. */
async function unfreezeInvitation(db: Db, meetingId: number): Promise<void> {
  await sql`drop trigger meetings_invitation_frozen`.execute(db);
  await db.updateTable('meetings').set({ invitation_json: null }).where('id', '=', meetingId).execute();
}
const spaced = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));
const CLOSING = 'Cuộc họp kết thúc vào 11 giờ 30, ngày 13 tháng 01 năm 2021/.';

describe('the minutes as a Word file', () => {
  it('holds the header, BIÊN BẢN and the subject, the parts of Mẫu 1.9 with "có mặt", the body, the closing line and both signatures', async () => {
    const { archive, demo } = await openDemoArchive();
    const xml = documentXml(await writeMinutesDocx(await getMinutesDocument(archive.db, demo.meetingId)));
    const text = spaced(paragraphs(xml));
    expect(text).toEqual(
      expect.arrayContaining([
        'TỈNH ỦY THANH HÓA',
        'BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Thanh Hóa, ngày 13 tháng 01 năm 2021',
        'BIÊN BẢN',
        'Hội nghị tổng kết công tác xây dựng cơ sở và thực hiện quy chế dân chủ năm 2020, triển khai nhiệm vụ năm 2021',
        'Thời gian bắt đầu: 08 giờ 00, ngày 13 tháng 01 năm 2021.',
        'Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.',
        'Vắng mặt: đồng chí Đỗ Văn Hải, Chánh Thanh tra tỉnh (lý do: Đi công tác tại Hà Nội).',
        'Chủ trì: đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy.',
        'Thư ký: đồng chí Trần Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy.',
        CLOSING,
      ]),
    );
    // The body follows "Nội dung", the closing line follows the body.
    const body = text.findIndex((t) => t.startsWith('Năm 2020, các cấp ủy đảng'));
    expect(body).toBeGreaterThan(text.indexOf('Nội dung cuộc họp:'));
    expect(text.indexOf(CLOSING)).toBeGreaterThan(body);
    // THƯ KÝ left, CHỦ TỌA right, each with the name under it.
    const signatures = tableRows(xml).at(-1);
    expect(signatures).toEqual([expect.stringMatching(/^THƯ KÝ\n[\s\S]*Trần Thị Lan$/), expect.stringMatching(/^CHỦ TỌA\n[\s\S]*Trịnh Tuấn Sinh$/)]);
    // A4, the decree's margins.
    expect(xml).toContain(`w:left="${mmToTwip(PAGE_MARGINS_MM.left)}"`);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('pads the date lines like "ngày 05 tháng 3 năm 2021" and prints the latest version of finalized minutes', async () => {
    const { archive, demo } = await openDemoArchive();
    await archive.db.updateTable('meetings').set({ starts_at: '2021-03-05T14:00', ends_at: '2021-03-05T16:45' }).where('id', '=', demo.meetingId).execute();
    const minutes = await archive.db.selectFrom('minutes').select('id').where('meeting_id', '=', demo.meetingId).executeTakeFirstOrThrow();
    await archive.db.updateTable('minutes').set({ status: 'finalized', fields_json: JSON.stringify({ closedAt: '2021-03-05T16:00' }) }).where('id', '=', minutes.id).execute();
    const body = (t: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
    const now = new Date().toISOString();
    await archive.db
      .insertInto('minutes_versions')
      .values([
        { minutes_id: minutes.id, version: 1, kind: 'original', fields_json: '{}', body_json: body('Bản gốc.'), reason: null, created_at: now },
        { minutes_id: minutes.id, version: 2, kind: 'amendment', fields_json: JSON.stringify({ closedAt: '2021-03-05T17:05' }), body_json: body('Bản sửa đổi.'), reason: 'Sửa giờ', created_at: now },
      ])
      .execute();
    const text = spaced(paragraphs(documentXml(await writeMinutesDocx(await getMinutesDocument(archive.db, demo.meetingId)))));
    expect(text).toEqual(expect.arrayContaining(['Thanh Hóa, ngày 05 tháng 3 năm 2021', 'Thời gian bắt đầu: 14 giờ 00, ngày 05 tháng 3 năm 2021.', 'Bản sửa đổi.', 'Cuộc họp kết thúc vào 17 giờ 05, ngày 05 tháng 3 năm 2021/.']));
    expect(text).not.toContain('Bản gốc.');
    expect(text).not.toContain('DỰ THẢO');
  });

  it('marks minutes not yet finalized "DỰ THẢO" above the title, so a draft never passes for the signed text', async () => {
    const { archive, demo } = await openDemoArchive();
    await archive.db.updateTable('minutes').set({ status: 'draft' }).where('meeting_id', '=', demo.meetingId).execute();
    const text = spaced(paragraphs(documentXml(await writeMinutesDocx(await getMinutesDocument(archive.db, demo.meetingId)))));
    expect(text.indexOf('DỰ THẢO')).toBeGreaterThan(-1);
    expect(text.indexOf('DỰ THẢO')).toBe(text.indexOf('BIÊN BẢN') - 1);
  });

  it('reads stored fields and bodies defensively: unknown keys, wrong types and broken JSON print as the meeting', () => {
    expect(readMinutesFields('{"place":"Hội trường","chair":42,"closedAt":"16:00","extra":"x"}')).toEqual({
      openedAt: null, closedAt: null, place: 'Hội trường', attendees: null, chair: null, secretary: null,
    });
    expect(readMinutesFields('not json')).toMatchObject({ place: null });
    // A damaged body is refused, never printed blank (issue 8 cold review, FA).
    expect(() => readMinutesBody('{"type":"html","content":"<p>"}')).toThrow(/damaged/);
    expect(readMinutesBody('{}')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('the invitation as a Word file', () => {
  it('Party form: ĐẢNG CỘNG SẢN VIỆT NAM, "Số 01-GM/BCĐ" level with the date line, GIẤY MỜI, the invited, time, place, agenda, T/M, Nơi nhận with "- Lưu: VT, …" last', async () => {
    const { archive, demo } = await openDemoArchive();
    const xml = documentXml(await writeInvitationDocx(await getInvitationDocument(archive.db, demo.meetingId, '2021-01-20')));
    const text = spaced(paragraphs(xml));
    expect(text).toEqual(
      expect.arrayContaining([
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'GIẤY MỜI',
        'Trân trọng kính mời:',
        '- Các đồng chí thành viên Ban Chỉ đạo;',
        '- Lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy.',
        'Thời gian: 08 giờ 00, thứ Tư, ngày 13 tháng 01 năm 2021.',
        'Địa điểm: Trụ sở Tỉnh ủy Thanh Hóa.',
        '3. Phát biểu kết luận của đồng chí Trưởng Ban Chỉ đạo (đồng chí Trịnh Tuấn Sinh trình bày).',
      ]),
    );
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The header's second row: the number on the left, the invitation's date (not today) on the right.
    expect(tableRows(xml)[1]).toEqual(['Số 01-GM/BCĐ', 'Thanh Hóa, ngày 08 tháng 01 năm 2021']);
    const [recipients, signer] = tableRows(xml).at(-1) as [string, string];
    expect(recipients.split('\n')).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT, BCĐ.']);
    expect(signer).toMatch(/^T\/M BAN CHỈ ĐẠO\nTRƯỞNG BAN\n[\s\S]*Trịnh Tuấn Sinh$/);
  });

  it('state form: the national motto, "Số: 01/GM-BCĐ", TM.; before it is numbered, a blank number and today on the date line', async () => {
    const { archive, demo } = await openDemoArchive();
    await unfreezeInvitation(archive.db, demo.meetingId);
    await archive.db.updateTable('committees').set({ document_format: 'state' }).where('id', '=', demo.committeeId).execute();
    let xml = documentXml(await writeInvitationDocx(await getInvitationDocument(archive.db, demo.meetingId, '2021-01-20')));
    expect(paragraphs(xml)).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'TM. BAN CHỈ ĐẠO']));
    expect(paragraphs(xml)).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(tableRows(xml)[1]).toEqual(['Số: 01/GM-BCĐ', 'Thanh Hóa, ngày 08 tháng 01 năm 2021']);

    await archive.db.updateTable('meetings').set({ invitation_number_id: null, invited_on: null }).where('id', '=', demo.meetingId).execute();
    xml = documentXml(await writeInvitationDocx(await getInvitationDocument(archive.db, demo.meetingId, '2021-01-20')));
    expect(tableRows(xml)[1]).toEqual([`Số: ${'\u00a0'.repeat(8)}/GM-BCĐ`, 'Thanh Hóa, ngày 20 tháng 01 năm 2021']);
  });

  it("never prints the meeting's internal notes (Ghi chú), and a presenter already titled Ông/Bà is not called đồng chí again", async () => {
    const { archive, demo } = await openDemoArchive();
    const notes = 'Nội bộ: nhắc Văn phòng mượn hội trường, chưa báo đồng chí Hải';
    await unfreezeInvitation(archive.db, demo.meetingId);
    await archive.db.updateTable('meetings').set({ notes }).where('id', '=', demo.meetingId).execute();
    await archive.db
      .updateTable('agenda_items')
      .set({ presenter_person_id: null, presenter_name: 'Ông Lê Văn Tám, Giám đốc Sở Tài chính' })
      .where('meeting_id', '=', demo.meetingId)
      .where('position', '=', 2)
      .execute();
    const xml = documentXml(await writeInvitationDocx(await getInvitationDocument(archive.db, demo.meetingId, '2021-01-20')));
    const text = paragraphs(xml);
    expect(text).toContain('2. Thảo luận, đóng góp ý kiến của các đại biểu (Ông Lê Văn Tám, Giám đốc Sở Tài chính trình bày);');
    expect(xml).not.toContain('Ghi chú');
    expect(xml).not.toContain('mượn hội trường');
    expect(xml).not.toMatch(/đồng chí Ông/i);
  });

  it('shows guests and agenda titles holding markup as text', async () => {
    const { archive, demo } = await openDemoArchive();
    const payload = '<img src=x onerror="window.pwned=1">';
    await unfreezeInvitation(archive.db, demo.meetingId);
    await archive.db.updateTable('meeting_guests').set({ full_name: payload }).where('meeting_id', '=', demo.meetingId).where('sort_order', '=', 1).execute();
    await archive.db.updateTable('agenda_items').set({ title: '<script>window.pwned=1</script>' }).where('meeting_id', '=', demo.meetingId).where('position', '=', 2).execute();
    const xml = documentXml(await writeInvitationDocx(await getInvitationDocument(archive.db, demo.meetingId, '2021-01-20')));
    expect(paragraphs(xml)).toEqual(expect.arrayContaining([`- ${payload}, Tỉnh ủy Thanh Hóa;`, '2. <script>window.pwned=1</script>;']));
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
  });
});
