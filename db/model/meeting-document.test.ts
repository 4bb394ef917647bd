import { describe, expect, it } from 'vitest';
import type { Committee } from './entities.js';
import {
  type InvitationDocumentData,
  type MinutesDocumentData,
  closingLine,
  agendaLines,
  collectiveName,
  comradeName,
  committeeSigner,
  invitationNumberLine,
  inviteeLines,
  meetingTimeText,
  minutesClosingLine,
  minutesParts,
  minutesSignatures,
  minutesVersionLine,
  officialDay,
  weekdayName,
} from './meeting-document.js';
import type { AgendaItem, AttendanceRow, Invitee, Meeting } from './meetings.js';

const committee = (over: Partial<Committee> = {}): Committee => ({
  id: 1,
  name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
  shortName: null,
  level: 'tinh',
  parentBody: 'Tỉnh ủy Thanh Hóa',
  parentCommitteeId: null,
  placeName: 'Thanh Hóa',
  documentFormat: 'party',
  conclusionSymbol: null,
  issuingBody: null,
  symbol: 'BCĐ',
  timeZone: null,
  memberCount: 7,
  createdAt: '',
  updatedAt: '',
  ...over,
});

const meeting: Meeting = {
  id: 1,
  committeeId: 1,
  committeeName: '',
  kind: 'tong_ket',
  title: 'Hội nghị tổng kết',
  startsAt: '2021-03-05T14:00',
  endsAt: '2021-03-05T16:45',
  place: 'Trụ sở Tỉnh ủy',
  chairPersonId: 1,
  chairName: 'Trịnh Tuấn Sinh',
  chairPosition: 'Phó Bí thư Tỉnh ủy',
  secretaryPersonId: 2,
  secretaryName: 'Trần Thị Lan',
  secretaryPosition: null,
  status: 'held',
  cancelReason: null,
  notes: null,
  createdAt: '',
  updatedAt: '',
};

const member = (personId: number, fullName: string, roleName: string): Invitee => ({
  kind: 'member', personId, membershipId: personId, fullName, position: 'Giám đốc Sở', organisation: null, roleName,
});

const row = (over: Partial<AttendanceRow>): AttendanceRow => ({
  kind: 'member', personId: 1, guestId: null, fullName: 'A', position: null, organisation: null, roleName: 'Ủy viên',
  status: 'present', reason: null, representativeName: null, representativePosition: null, ...over,
});

describe('dates and times as the documents write them', () => {
  it('pads the day under 10 and the months 1–2 only, names the weekday', () => {
    expect(officialDay('2021-03-05')).toBe('ngày 05 tháng 3 năm 2021');
    expect(officialDay('2021-01-13T08:00')).toBe('ngày 13 tháng 01 năm 2021');
    expect(officialDay('2021-10-20')).toBe('ngày 20 tháng 10 năm 2021');
    expect(weekdayName('2021-01-13')).toBe('thứ Tư');
    expect(weekdayName('2021-01-17')).toBe('Chủ nhật');
    expect(meetingTimeText('2021-03-05T14:00')).toBe('14 giờ 00, thứ Sáu, ngày 05 tháng 3 năm 2021');
  });

  it('closes the minutes with the closing time, or with dots to fill by hand', () => {
    expect(closingLine('2021-03-05T16:45')).toBe('Cuộc họp kết thúc vào 16 giờ 45, ngày 05 tháng 3 năm 2021/.');
    expect(closingLine(null)).toBe('Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …/.');
  });
});

describe('the signer and the number: Party and state forms', () => {
  it('signs T/M (Party) or TM. (state) for the head, K/T or KT. for a deputy', () => {
    expect(committeeSigner(committee(), 'Trưởng ban', 'Trịnh Tuấn Sinh')).toEqual({ authority: 'T/M BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trịnh Tuấn Sinh' });
    expect(committeeSigner(committee({ documentFormat: 'state' }), 'Trưởng ban', 'X').authority).toBe('TM. BAN CHỈ ĐẠO');
    expect(committeeSigner(committee(), 'Phó Trưởng ban thường trực', 'Y')).toEqual({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', name: 'Y' });
    expect(committeeSigner(committee({ documentFormat: 'state' }), 'Phó Trưởng ban', 'Y').authority).toBe('KT. TRƯỞNG BAN');
    expect(committeeSigner(committee(), null, null)).toEqual({ authority: null, title: null, name: null });
  });

  it('names the committee as a body: "Ban Chỉ đạo", else its whole name', () => {
    expect(collectiveName(committee())).toBe('Ban Chỉ đạo');
    expect(collectiveName(committee({ name: 'Hội đồng thi đua khen thưởng tỉnh' }))).toBe('Hội đồng');
    expect(collectiveName(committee({ name: 'Tổ công tác đặc biệt' }))).toBe('Tổ công tác');
    expect(collectiveName(committee({ name: 'Văn phòng Điều phối' }))).toBe('Văn phòng Điều phối');
  });

  it('prints the issued number as it is, and before it is issued leaves the number blank in the committee form', () => {
    const invitation = { meetingId: 1, documentNumberId: 1, number: 1, symbol: 'Số 01-GM/BCĐ', issuedOn: '2021-01-08' };
    expect(invitationNumberLine({ committee: committee(), invitation })).toBe('Số 01-GM/BCĐ');
    expect(invitationNumberLine({ committee: committee(), invitation: null })).toBe(`Số ${'\u00a0'.repeat(8)}-GM/BCĐ`);
    expect(invitationNumberLine({ committee: committee({ documentFormat: 'state' }), invitation: null })).toBe(`Số: ${'\u00a0'.repeat(8)}/GM-BCĐ`);
  });
});

describe('who is invited', () => {
  const guest: Invitee = { kind: 'guest', guestId: 1, fullName: 'Lãnh đạo Ban Dân vận các huyện ủy', position: null, organisation: null };

  it('names up to five members, one per line, the guests after them, the last line ending with a full stop', () => {
    const data: Pick<InvitationDocumentData, 'committee' | 'invitees'> = { committee: committee(), invitees: [member(1, 'Trịnh Tuấn Sinh', 'Trưởng ban'), guest] };
    expect(inviteeLines(data)).toEqual(['- Đồng chí Trịnh Tuấn Sinh, Giám đốc Sở, Trưởng ban;', '- Lãnh đạo Ban Dân vận các huyện ủy.']);
  });

  it('invites six members or more as the body', () => {
    const invitees = [1, 2, 3, 4, 5, 6].map((i) => member(i, `Người ${i}`, 'Ủy viên'));
    expect(inviteeLines({ committee: committee(), invitees: [...invitees, guest] })).toEqual(['- Các đồng chí thành viên Ban Chỉ đạo;', '- Lãnh đạo Ban Dân vận các huyện ủy.']);
  });
});

describe('"đồng chí" once', () => {
  it('prefixes a bare name, and leaves a name the clerk already titled Ông, Bà, Đồng chí (any case) as typed', () => {
    expect(comradeName('Nguyễn Văn An')).toBe('đồng chí Nguyễn Văn An');
    expect(comradeName('Ông Lê Văn Tám')).toBe('Ông Lê Văn Tám');
    expect(comradeName('bà Phạm Thị Hoa')).toBe('bà Phạm Thị Hoa');
    expect(comradeName('Đồng chí Trịnh Tuấn Sinh')).toBe('Đồng chí Trịnh Tuấn Sinh');
    expect(comradeName('đ/c Trịnh Tuấn Sinh')).toBe('đ/c Trịnh Tuấn Sinh');
    expect(comradeName('Các đồng chí Ủy viên Ban Thường vụ')).toBe('Các đồng chí Ủy viên Ban Thường vụ');
    // Decomposed Vietnamese (as some keyboards type it) is recognised too.
    expect(comradeName('O\u0302ng Lê Văn Tám')).toBe('O\u0302ng Lê Văn Tám');
    // A word that only begins like a title is a name.
    expect(comradeName('Bàng Văn Lực')).toBe('đồng chí Bàng Văn Lực');
    expect(comradeName('Ông')).toBe('Ông');
  });

  it('in the agenda, the represented and the chair the clerk wrote: never "đồng chí Ông …"', () => {
    const item = (order: number, presenterName: string | null): AgendaItem => ({
      id: order, meetingId: 1, order, title: `Nội dung ${order}`, presenterPersonId: null, presenterName, plannedMinutes: null, notes: null,
    });
    expect(agendaLines([item(1, 'Ông Lê Văn Tám, Giám đốc Sở Tài chính'), item(2, 'Nguyễn Văn An')])).toEqual([
      '1. Nội dung 1 (Ông Lê Văn Tám, Giám đốc Sở Tài chính trình bày);',
      '2. Nội dung 2 (đồng chí Nguyễn Văn An trình bày).',
    ]);
  });
});

describe('the parts of Mẫu 1.9', () => {
  const data = (fields: Partial<MinutesDocumentData['minutes']['fields']> = {}): MinutesDocumentData => {
    const rows = [
      row({ personId: 1, fullName: 'Trịnh Tuấn Sinh' }),
      row({ personId: 3, fullName: 'Đỗ Văn Hải', position: 'Chánh Thanh tra tỉnh', status: 'absent', reason: 'Đi công tác' }),
      row({ personId: 4, fullName: 'Hoàng Thị Dung', status: 'represented', representativeName: 'Nguyễn Thị Hà', representativePosition: 'Phó Giám đốc' }),
      row({ kind: 'guest', personId: null, guestId: 1, fullName: 'Khách', roleName: null }),
    ];
    return {
      committee: committee(),
      meeting,
      attendance: { rows, summary: { members: 3, present: 1, represented: 1, absent: 1, unrecorded: 0, guests: 1, guestsPresent: 1 } },
      minutes: { status: 'draft', fields: { openedAt: null, closedAt: null, place: null, attendees: null, chair: null, secretary: null, ...fields }, body: { type: 'doc', content: [] }, version: null },
    };
  };

  it('starts from the meeting: time, place, "có mặt x/y", the absent with reasons, the represented and by whom, guests, chair, secretary', () => {
    expect(minutesParts(data()).map((p) => `${p.label}: ${p.text}`)).toEqual([
      'Thời gian bắt đầu: 14 giờ 00, ngày 05 tháng 3 năm 2021.',
      'Địa điểm: Trụ sở Tỉnh ủy.',
      'Thành phần tham dự: có mặt 1/3 thành viên Ban Chỉ đạo.',
      'Vắng mặt: đồng chí Đỗ Văn Hải, Chánh Thanh tra tỉnh (lý do: Đi công tác).',
      'Cử người dự thay: đồng chí Nguyễn Thị Hà, Phó Giám đốc dự thay đồng chí Hoàng Thị Dung.',
      'Khách mời: Khách.',
      'Chủ trì: đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy.',
      'Thư ký: đồng chí Trần Thị Lan.',
    ]);
    expect(minutesClosingLine(data())).toBe('Cuộc họp kết thúc vào 16 giờ 45, ngày 05 tháng 3 năm 2021/.');
  });

  it("prints what the clerk wrote in the minutes' fields over the meeting's, without repeating the attendance line", () => {
    const parts = minutesParts(data({ openedAt: '2021-03-05T14:15', place: 'Hội trường A', chair: 'Lê Thị Bình, Phó Trưởng ban', attendees: 'Có mặt 1/3 thành viên' }));
    expect(parts.map((p) => p.text)).toEqual(expect.arrayContaining(['14 giờ 15, ngày 05 tháng 3 năm 2021.', 'Hội trường A.', 'đồng chí Lê Thị Bình, Phó Trưởng ban.']));
    expect(parts.filter((p) => /có mặt/i.test(p.text))).toHaveLength(1);
    const own = minutesParts(data({ attendees: 'Dự họp có đại diện lãnh đạo các sở, ngành.' }));
    expect(own.map((p) => p.text)).toContain('Dự họp có đại diện lãnh đạo các sở, ngành.');
    expect(minutesClosingLine(data({ closedAt: '2021-03-05T17:05' }))).toBe('Cuộc họp kết thúc vào 17 giờ 05, ngày 05 tháng 3 năm 2021/.');
  });

  it("signs with the meeting's chair and secretary, else the names the clerk wrote", () => {
    expect(minutesSignatures(data())).toEqual({ secretary: 'Trần Thị Lan', chair: 'Trịnh Tuấn Sinh' });
    const none = { ...data({ chair: 'Lê Thị Bình, Phó Trưởng ban', secretary: null }), meeting: { ...meeting, chairName: null, secretaryName: null } };
    expect(minutesSignatures(none)).toEqual({ secretary: null, chair: 'Lê Thị Bình' });
  });

  it('does not title twice a representative or a chair the clerk already wrote with Ông/Bà/Đồng chí', () => {
    const d = data({ chair: 'Đồng chí Lê Thị Bình, Phó Trưởng ban' });
    d.attendance.rows[2] = { ...(d.attendance.rows[2] as AttendanceRow), representativeName: 'Bà Nguyễn Thị Hà' };
    const texts = minutesParts(d).map((p) => p.text);
    expect(texts).toContain('Bà Nguyễn Thị Hà, Phó Giám đốc dự thay đồng chí Hoàng Thị Dung.');
    expect(texts).toContain('Đồng chí Lê Thị Bình, Phó Trưởng ban.');
    expect(texts.join('\n')).not.toMatch(/đồng chí (Bà|Đồng chí)/);
  });
});

describe('the version line of printed minutes', () => {
  const version = (over: Partial<NonNullable<MinutesDocumentData['minutes']['version']>>) => ({
    minutes: { status: 'finalized' as const, fields: { openedAt: null, closedAt: null, place: null, attendees: null, chair: null, secretary: null }, body: { type: 'doc' as const, content: [] }, version: { id: 9, version: 2, kind: 'amendment' as const, reason: 'Sửa số liệu', madeOn: '2021-01-20', actor: null, createdAt: '2021-01-20T03:00:00Z', ...over } },
  });

  it('names the amendment, its day (dd/mm/yyyy) and its reason; nothing on the original or a draft', () => {
    expect(minutesVersionLine(version({}))).toBe('(Bản đính chính lần 1, ngày 20/01/2021: Sửa số liệu)');
    expect(minutesVersionLine(version({ version: 3 }))).toBe('(Bản đính chính lần 2, ngày 20/01/2021: Sửa số liệu)');
    expect(minutesVersionLine(version({ version: 1, kind: 'original', reason: null }))).toBeNull();
    expect(minutesVersionLine({ minutes: { ...version({}).minutes, status: 'draft', version: null } })).toBeNull();
  });
});
