// A meeting's two official documents, their text once for the print views and the Word files:
// the invitation (giấy mời, NĐ 30/2020 Mẫu 1.7; the Party form for a Party-format committee)
// and the minutes (biên bản, Mẫu 1.9). Pure: imports only this folder.
import { formatDisplayDate, officialDateParts } from './dates.js';
import type { Committee } from './entities.js';
import { type AgendaItem, type AttendanceRow, type AttendanceSummary, type Invitation, type Invitee, type Meeting, attendanceLine } from './meetings.js';
import type { MinutesFields, MinutesVersionSummary } from './minutes.js';
import type { RichTextDoc } from './rich-text.js';

export const INVITATION_TITLE = 'GIẤY MỜI';
export const MINUTES_TITLE = 'BIÊN BẢN';
/** Printed above the title of minutes not yet finalized: a draft must never pass for the signed text. */
export const MINUTES_DRAFT_MARK = 'DỰ THẢO';

/** The mark a printed minutes carries: "DỰ THẢO" until finalized, none after. */
export function minutesDraftMark(data: { minutes: { status: string | null } }): string | null {
  return data.minutes.status === 'finalized' ? null : MINUTES_DRAFT_MARK;
}
export const RECIPIENTS_HEADING = 'Nơi nhận:';

/** Everything the invitation shows. */
export interface InvitationDocumentData {
  committee: Committee;
  meeting: Meeting;
  agenda: AgendaItem[];
  /** The roster of the meeting day (one line per person), then the guests. */
  invitees: Invitee[];
  /** Null until the invitation is numbered (invitations.issue): the number is left blank to fill by hand. */
  invitation: Invitation | null;
  /** The place-date line's day: the invitation's date, else today. */
  issuedOn: string;
}

/** The structured parts of Mẫu 1.9 as the minutes store them (the same names as the minutes' fields). */
/** The minutes' fields as printed: the minutes' own shape (minutes.ts). */
export type MinutesDocumentFields = MinutesFields;

/** Everything the minutes show: the meeting, its attendance record and the minutes' text. */
export interface MinutesDocumentData {
  committee: Committee;
  meeting: Meeting;
  /** Every member of the meeting day's roster and every guest, with their attendance. */
  attendance: { rows: AttendanceRow[]; summary: AttendanceSummary };
  minutes: {
    /** null: nothing written yet (the document then has the parts from the meeting and an empty body). */
    status: 'draft' | 'finalized' | null;
    fields: MinutesDocumentFields;
    /** Editor JSON; every rendering walks only the nodes of rich-text.ts and shows text as text. */
    body: RichTextDoc;
    /**
     * Finalized minutes: the version shown (the latest unless one was asked for). Everything
     * else in this document is then the snapshot frozen with that version, not today's tables.
     */
    version: MinutesVersionSummary | null;
  };
}

// --- dates and times as documents write them ---

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** "thứ Tư" for 2021-01-13. */
export function weekdayName(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
}

/** "08 giờ 00" from "2021-01-13T08:00". */
export function clockText(localDateTime: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(localDateTime);
  return m ? `${m[1]} giờ ${m[2]}` : '';
}

/** "ngày 13 tháng 01 năm 2021" (NĐ 30/2020: zeros for days under 10 and months 1–2). */
export function officialDay(iso: string): string {
  const { day, month, year } = officialDateParts(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "08 giờ 00, thứ Tư, ngày 13 tháng 01 năm 2021". */
export function meetingTimeText(startsAt: string): string {
  return `${clockText(startsAt)}, ${weekdayName(startsAt)}, ${officialDay(startsAt)}`;
}

/** The closing line of Mẫu 1.9; with no closing time, dots for the secretary to fill in by hand. */
export function closingLine(closedAt: string | null): string {
  if (!closedAt) return 'Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …/.';
  const m = /T(\d{2}):(\d{2})/.exec(closedAt);
  return `Cuộc họp kết thúc vào ${m?.[1] ?? '…'} giờ ${m?.[2] ?? '…'}, ${officialDay(closedAt)}/.`;
}

// --- the committee as a collective body and its signer ---

/** "Ban Chỉ đạo" from "Ban Chỉ đạo xây dựng cơ sở …": the body a member belongs to, as a sentence names it. */
export function collectiveName(committee: Pick<Committee, 'name'>): string {
  const m = /^(ban chỉ đạo|ban thường vụ|hội đồng|ủy ban|tổ công tác|tiểu ban|ban)(?=\s|$)/iu.exec(committee.name.trim());
  return m ? (m[1] as string).replace(/^./u, (c) => c.toLocaleUpperCase('vi')) : committee.name;
}

/** A signer block: "T/M BAN CHỈ ĐẠO" (Party) or "TM. BAN CHỈ ĐẠO" (state), the title, the name. */
export interface SignerBlock {
  /** "T/M BAN CHỈ ĐẠO", "K/T TRƯỞNG BAN"; null when the signer signs in their own name. */
  authority: string | null;
  title: string | null;
  name: string | null;
}

const caps = (s: string) => s.toLocaleUpperCase('vi');

/**
 * Who signs for the committee (the meeting's chair, by their role on that day's roster): the
 * head "T/M" (Party) / "TM." (state) the body; a deputy "K/T" / "KT." the head.
 */
export function committeeSigner(committee: Pick<Committee, 'name' | 'documentFormat'>, roleName: string | null, name: string | null): SignerBlock {
  const party = committee.documentFormat === 'party';
  const role = (roleName ?? '').trim().toLocaleLowerCase('vi');
  const body = caps(collectiveName(committee));
  if (role === 'trưởng ban' || role === 'chủ tịch' || role === 'tổ trưởng') {
    return { authority: `${party ? 'T/M' : 'TM.'} ${body}`, title: caps(roleName as string), name };
  }
  if (role.startsWith('phó trưởng ban')) {
    return { authority: `${party ? 'K/T' : 'KT.'} TRƯỞNG BAN`, title: caps(roleName as string), name };
  }
  return { authority: null, title: roleName ? caps(roleName) : null, name };
}

/** "Lưu: VT, BCĐ." — the filing line, always the last of "Nơi nhận". */
export function filingLine(committee: Pick<Committee, 'symbol'>): string {
  return committee.symbol ? `- Lưu: VT, ${committee.symbol}.` : '- Lưu: VT.';
}

/** A person as a document names them: "Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy". */
export function personText(name: string, ...details: Array<string | null | undefined>): string {
  return [name, ...details.filter((d): d is string => !!d && d.trim() !== '')].join(', ');
}

/** Titles a clerk may already have typed before a free name: "Ông", "Bà", "Đồng chí", "Đ/c", "Các đồng chí". */
const TITLED = /^(?:các\s+)?(?:đồng\s+chí|đ\/c|ông|bà|ngài|lãnh\s+đạo|đại\s+diện)(?=[\s,.:]|$)/iu;

/**
 * "đồng chí Nguyễn Văn An" — or the name as typed when the clerk already titled it ("Ông Lê
 * Văn Tám", "Bà …", "Đồng chí …"): the documents never print "đồng chí Ông …".
 */
export function comradeName(name: string): string {
  return TITLED.test(name.normalize('NFC').trim()) ? name : `đồng chí ${name}`;
}

// --- the invitation ---

/**
 * At most this many members are invited by name; a larger committee is invited as a body
 * ("Các đồng chí thành viên Ban Chỉ đạo"), as its invitations usually are, keeping the page to one.
 */
export const INVITATION_NAMED_MEMBERS_MAX = 5;

/**
 * "Số 01-GM/BCĐ" once numbered; before, a blank the clerk fills by hand: "Số ______-GM/BCĐ",
 * held open with no-break spaces (HTML would collapse plain ones into "Số -GM/BCĐ").
 */
export function invitationNumberLine(data: Pick<InvitationDocumentData, 'committee' | 'invitation'>): string {
  if (data.invitation) return data.invitation.symbol;
  const symbol = data.committee.symbol;
  const blank = '\u00a0'.repeat(8);
  return data.committee.documentFormat === 'party' ? `Số ${blank}-GM${symbol ? `/${symbol}` : ''}` : `Số: ${blank}/GM${symbol ? `-${symbol}` : ''}`;
}

/** The lines after "Trân trọng kính mời:": the members (by name, or as a body) then the guests. */
export function inviteeLines(data: Pick<InvitationDocumentData, 'committee' | 'invitees'>): string[] {
  const members = data.invitees.filter((i) => i.kind === 'member');
  const guests = data.invitees.filter((i) => i.kind === 'guest');
  const lines =
    members.length > INVITATION_NAMED_MEMBERS_MAX
      ? [`Các đồng chí thành viên ${collectiveName(data.committee)}`]
      : members.map((m) => `Đồng chí ${personText(m.fullName, m.position, m.kind === 'member' ? m.roleName : null)}`);
  for (const g of guests) lines.push(personText(g.fullName, g.position, g.organisation));
  return lines.map((l, i) => `- ${l}${i === lines.length - 1 ? '.' : ';'}`);
}

/** "1. Báo cáo tổng kết … (đồng chí Nguyễn Văn An trình bày)." */
export function agendaLines(agenda: readonly AgendaItem[]): string[] {
  return agenda.map((a, i) => {
    const by = a.presenterName ? ` (${comradeName(a.presenterName)} trình bày)` : '';
    return `${a.order}. ${a.title}${by}${i === agenda.length - 1 ? '.' : ';'}`;
  });
}

export const INVITATION_CLOSING = 'Đề nghị các đồng chí sắp xếp thời gian tham dự đầy đủ, đúng giờ./.';

/** The invitation's signer: the chair, with their role on the meeting day's roster. */
export function invitationSigner(data: Pick<InvitationDocumentData, 'committee' | 'meeting' | 'invitees'>): SignerBlock {
  const chair = data.invitees.find((i) => i.kind === 'member' && i.personId === data.meeting.chairPersonId);
  return committeeSigner(data.committee, chair?.kind === 'member' ? chair.roleName : null, data.meeting.chairName);
}

/** "Nơi nhận:" of the invitation: those invited ("Như trên"), then the filing line. */
export function invitationRecipients(committee: Pick<Committee, 'symbol'>): string[] {
  return ['- Như trên;', filingLine(committee)];
}

/** "giay-moi-7.docx", "bien-ban-7.docx": ASCII, no path characters. */
export function meetingDocumentFileName(kind: 'invitation' | 'minutes', meetingId: number): string {
  return `${kind === 'invitation' ? 'giay-moi' : 'bien-ban'}-${meetingId}.docx`;
}

// --- the minutes ---

/** One labelled part of Mẫu 1.9 ("Địa điểm: …"). */
export interface MinutesPart {
  label: string;
  text: string;
}

/** The names the signatures carry: the meeting's chair and secretary, else the names the clerk wrote. */
export function minutesSignatures(data: Pick<MinutesDocumentData, 'meeting' | 'minutes'>): { secretary: string | null; chair: string | null } {
  const nameOf = (text: string | null) => (text ? (text.split(',')[0] as string).trim() || null : null);
  return {
    secretary: data.meeting.secretaryName ?? nameOf(data.minutes.fields.secretary),
    chair: data.meeting.chairName ?? nameOf(data.minutes.fields.chair),
  };
}

/** A text the minutes' fields hold that only repeats the attendance line ("Có mặt 5/7 …") is not printed twice. */
const repeatsCount = (text: string) => /^\s*có mặt\s+\d+\s*\/\s*\d+/iu.test(text);

/**
 * The structured parts, in the order of Mẫu 1.9: start, place, who attended ("có mặt x/y",
 * then the absent with their reasons, those represented and by whom, the guests), chair, secretary.
 */
export function minutesParts(data: MinutesDocumentData): MinutesPart[] {
  const { meeting, minutes, attendance, committee } = data;
  const f = minutes.fields;
  const opened = f.openedAt ?? meeting.startsAt;
  const parts: MinutesPart[] = [{ label: 'Thời gian bắt đầu', text: `${clockText(opened)}, ${officialDay(opened)}.` }];
  const place = f.place ?? meeting.place;
  parts.push({ label: 'Địa điểm', text: place ? `${place}.` : '…' });
  const members = attendance.rows.filter((r) => r.kind === 'member');
  parts.push({ label: 'Thành phần tham dự', text: `${attendanceLine(attendance.summary)} thành viên ${collectiveName(committee)}.` });
  if (f.attendees && !repeatsCount(f.attendees)) parts.push({ label: '', text: f.attendees });
  const absent = members.filter((r) => r.status === 'absent');
  if (absent.length > 0) {
    const list = absent.map((r) => `đồng chí ${personText(r.fullName, r.position)}${r.reason ? ` (lý do: ${r.reason})` : ''}`);
    parts.push({ label: 'Vắng mặt', text: `${list.join('; ')}.` });
  }
  const represented = members.filter((r) => r.status === 'represented');
  if (represented.length > 0) {
    const list = represented.map((r) => {
      const by = r.representativeName ? personText(r.representativeName, r.representativePosition) : 'người được cử';
      return `${comradeName(by)} dự thay đồng chí ${personText(r.fullName, r.position)}`;
    });
    parts.push({ label: 'Cử người dự thay', text: `${list.join('; ')}.` });
  }
  const guests = attendance.rows.filter((r) => r.kind === 'guest' && r.status !== 'absent');
  if (guests.length > 0) {
    parts.push({ label: 'Khách mời', text: `${guests.map((g) => personText(g.fullName, g.position, g.organisation)).join('; ')}.` });
  }
  const chair = f.chair ?? (meeting.chairName ? personText(meeting.chairName, meeting.chairPosition) : null);
  parts.push({ label: 'Chủ trì', text: chair ? `${comradeName(chair)}.` : '…' });
  const secretary = f.secretary ?? (meeting.secretaryName ? personText(meeting.secretaryName, meeting.secretaryPosition) : null);
  parts.push({ label: 'Thư ký', text: secretary ? `${comradeName(secretary)}.` : '…' });
  return parts;
}

export const MINUTES_CONTENT_HEADING = 'Nội dung cuộc họp:';
export const MINUTES_SIGNATURE_TITLES = { secretary: 'THƯ KÝ', chair: 'CHỦ TỌA' } as const;

/** The closing line from the minutes' closing time, else the meeting's end. */
export function minutesClosingLine(data: Pick<MinutesDocumentData, 'meeting' | 'minutes'>): string {
  return closingLine(data.minutes.fields.closedAt ?? data.meeting.endsAt);
}

/**
 * Under the title of an amended version: which amendment it is, when and why
 * ("Bản đính chính lần 1, ngày 20/01/2021: Sửa số liệu"), so a printed amendment never passes for
 * the original. None for a draft or the original.
 */
export function minutesVersionLine(data: Pick<MinutesDocumentData, 'minutes'>): string | null {
  const v = data.minutes.version;
  if (!v || v.kind === 'original') return null;
  const day = formatDisplayDate(v.madeOn ?? v.createdAt);
  return `(Bản đính chính lần ${v.version - 1}, ngày ${day}${v.reason ? `: ${v.reason}` : ''})`;
}
