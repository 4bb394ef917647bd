// The roster as an official document (the attachment to a committee's decision): its text,
// once, for the print view, the Word file and the spreadsheet. Pure: imports only this folder.
import { formatDisplayDate } from './dates.js';
import type { Committee, Roster, RosterMember } from './entities.js';

/** The decision a roster is attached to: the last founding or reconstituting one signed by the date. */
export interface RosterDecision {
  id: number;
  /** Number and symbol, e.g. "25-QĐ/TU". */
  number: string;
  signedOn: string;
  /** Who issued it ("Tỉnh ủy Thanh Hóa"): the decision's issuing body, else the committee's parent body. */
  issuer: string | null;
}

/** Everything a roster document shows: the roster of the date and the decision in force then. */
export interface RosterDocumentData {
  roster: Roster;
  decision: RosterDecision | null;
  /** The place-date line's day: today, in the archive's time zone. */
  issuedOn: string;
}

/** A file the core wrote, handed to the host as bytes (base64): the host saves it. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const PARTY_MOTTO = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const STATE_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const STATE_SUB_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const ROSTER_TITLE = 'DANH SÁCH THÀNH VIÊN';

/** The issuing body as the header prints it: the committee's setting, else its name in capitals. */
export function issuingBodyLine(committee: Pick<Committee, 'name' | 'issuingBody'>): string {
  return committee.issuingBody ?? committee.name.toLocaleUpperCase('vi');
}

/** The title's second line: the committee's name in capitals. */
export function rosterSubtitle(committee: Pick<Committee, 'name'>): string {
  return committee.name.toLocaleUpperCase('vi');
}

/** "(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)". */
export function attachmentLine(decision: RosterDecision, committee: Pick<Committee, 'parentBody'>): string {
  const issuer = decision.issuer ?? committee.parentBody;
  const of = issuer ? ` của ${issuer}` : '';
  return `(Kèm theo Quyết định số ${decision.number} ngày ${formatDisplayDate(decision.signedOn)}${of})`;
}

/** "(Tính đến ngày 13/01/2021)". */
export function asOfLine(date: string): string {
  return `(Tính đến ngày ${formatDisplayDate(date)})`;
}

/** The members' table: heading and width (mm) of each column; the last takes what is left. */
export const ROSTER_TABLE_COLUMNS = [
  { key: 'index', heading: 'STT', widthMm: 12 },
  { key: 'name', heading: 'Họ và tên', widthMm: 36 },
  { key: 'position', heading: 'Chức vụ, đơn vị công tác', widthMm: 42 },
  { key: 'role', heading: 'Chức danh trong Ban Chỉ đạo', widthMm: 35 },
  { key: 'duty', heading: 'Nhiệm vụ được phân công', widthMm: 40 },
] as const;
export type RosterColumnKey = (typeof ROSTER_TABLE_COLUMNS)[number]['key'];

/** One member as the table prints them (position of the date: the appointing decision's). */
export function rosterRow(member: RosterMember, index: number): Record<RosterColumnKey, string> {
  return {
    index: String(index + 1),
    name: member.fullName,
    position: member.position ?? member.organisation ?? '',
    role: member.roleName,
    duty: member.duty ?? '',
  };
}

/** The spreadsheet's headers: the ones the roster import recognizes, in this order. */
export const ROSTER_SHEET_HEADERS = [
  'Họ và tên',
  'Chức vụ',
  'Đơn vị công tác',
  'Chức danh trong Ban Chỉ đạo',
  'Nhiệm vụ được phân công',
  'Từ ngày',
  'Đến ngày',
  'Quyết định',
] as const;

export function rosterSheetRow(member: RosterMember): string[] {
  return [
    member.fullName,
    member.position ?? '',
    member.organisation ?? '',
    member.roleName,
    member.duty ?? '',
    formatDisplayDate(member.fromDate),
    formatDisplayDate(member.toDate),
    member.decisionNumber ?? '',
  ];
}

/** "danh-sach-thanh-vien-bcd-1-2021-01-13.docx": ASCII, no path characters. */
export function rosterFileName(committeeId: number, date: string, extension: 'docx' | 'xlsx'): string {
  return `danh-sach-thanh-vien-${committeeId}-${date}.${extension}`;
}
