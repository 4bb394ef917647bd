// The roster as an official document (the attachment to a committee's decision): its text,
// once, for the print view, the Word file and the spreadsheet. Pure: imports only this folder.
import { formatDisplayDate } from './dates.js';
import { keepCompoundsTogether } from './document-layout.js';
import type { Committee, Roster, RosterMember } from './entities.js';

/** A decision a roster is attached to: founding, reconstituting or supplementary. */
export interface RosterDecision {
  id: number;
  /** Number and symbol, e.g. "25-QĐ/TU". */
  number: string;
  signedOn: string;
  /** Who issued it ("Tỉnh ủy Thanh Hóa"): the decision's issuing body, else the committee's parent body. */
  issuer: string | null;
}

/** Everything a roster document shows: the roster of the date and the decisions that made it. */
export interface RosterDocumentData {
  roster: Roster;
  /**
   * Oldest first: the distinct decisions under which the members of the date sit (their
   * memberships' decision), none that takes effect after it; empty when none is recorded.
   */
  decisions: RosterDecision[];
  /** The place-date line's day: the roster's own date (asOf), not the day of printing. */
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

/**
 * The issuing body as the header prints it: the committee's setting, else its name in
 * capitals; its compound words unbreakable ("BAN CHỈ ĐẠO … CƠ SỞ" never ends a line in "CƠ").
 */
export function issuingBodyLine(committee: Pick<Committee, 'name' | 'issuingBody'>): string {
  return keepCompoundsTogether(committee.issuingBody ?? committee.name.toLocaleUpperCase('vi'));
}

/** The parent body above it ("TỈNH ỦY THANH HÓA"), compounds unbreakable; null when none. */
export function parentBodyLine(committee: Pick<Committee, 'parentBody'>): string | null {
  return committee.parentBody ? keepCompoundsTogether(committee.parentBody.toLocaleUpperCase('vi')) : null;
}

/** A column's heading as print and Word write it: compounds unbreakable ("công tác"). */
export function columnHeading(column: { heading: string }): string {
  return keepCompoundsTogether(column.heading);
}

/** The title's second line: the committee's name in capitals, compounds unbreakable ("GIẢM NGHÈO"). */
export function rosterSubtitle(committee: Pick<Committee, 'name'>): string {
  return keepCompoundsTogether(committee.name.toLocaleUpperCase('vi'));
}

/**
 * "(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)"; with
 * supplementary decisions, "(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 và Quyết định
 * số 31-QĐ/TU ngày 05/03/2021 của Tỉnh ủy Thanh Hóa)": the issuer is named once for a run of
 * decisions of one issuer. Null when there is no decision.
 */
export function attachmentLine(decisions: readonly RosterDecision[], committee: Pick<Committee, 'parentBody'>): string | null {
  if (decisions.length === 0) return null;
  const issuerOf = (d: RosterDecision) => d.issuer ?? committee.parentBody;
  const parts = decisions.map((d, i) => {
    const issuer = issuerOf(d);
    const next = decisions[i + 1];
    const of = issuer && (next === undefined || issuerOf(next) !== issuer) ? ` của ${issuer}` : '';
    return `Quyết định số ${d.number} ngày ${formatDisplayDate(d.signedOn)}${of}`;
  });
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
  return `(Kèm theo ${listed})`;
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
