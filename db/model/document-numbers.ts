// Document numbers: one series per committee and document type, shared by invitations
// (giấy mời), conclusion notices (thông báo kết luận) and the documents to come. Plain data
// and pure functions; imports nothing outside this folder.
import type { DocumentFormat } from './values.js';

/**
 * Document types with a series of their own, by the abbreviation printed in the number
 * (NĐ 30/2020 Phụ lục III; HD 36-HD/VPTW): GM giấy mời, TB thông báo (kết luận), BC báo cáo,
 * KH kế hoạch, CV công văn.
 */
export const DOCUMENT_TYPES = ['GM', 'TB', 'BC', 'KH', 'CV'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The Vietnamese names of the types, as a clerk reads them. */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentType, string>> = {
  GM: 'Giấy mời',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CV: 'Công văn',
};

/**
 * A number's state: reserved (held for a document not yet issued), issued, or cancelled
 * (the document was withdrawn; the number stays taken and is never given again).
 */
export const DOCUMENT_NUMBER_STATUSES = ['reserved', 'issued', 'cancelled'] as const;
export type DocumentNumberStatus = (typeof DOCUMENT_NUMBER_STATUSES)[number];

/** One number of a series. */
export interface DocumentNumber {
  id: number;
  committeeId: number;
  type: DocumentType;
  /** The series' period: "2021" (state format, calendar year) or "term:2020-10-26" (Party format, the term's start). */
  period: string;
  /** From 1 in each period. */
  number: number;
  /** As printed after "Số": "01/GM-BCĐ" (state) or "01-GM/BCĐ" (Party). */
  text: string;
  /** The whole number line: "Số: 01/GM-BCĐ" (state) or "Số 01-GM/BCĐ" (Party). */
  symbol: string;
  status: DocumentNumberStatus;
  /** The document's date (YYYY-MM-DD); for a reservation, the day it was reserved for. */
  issuedOn: string;
  /** What the number was reserved or cancelled for. */
  note: string | null;
  createdAt: string;
}

/** A committee's numbering settings (the Party format numbers per term). */
export interface NumberingSettings {
  committeeId: number;
  documentFormat: DocumentFormat;
  /** The current term's first day (YYYY-MM-DD); null: not set (Party-format numbers are refused until it is). */
  termStartedOn: string | null;
}

/** The period of a series: the calendar year of the document (state), or the committee's current term (Party). */
export function documentNumberPeriod(format: DocumentFormat, issuedOn: string, termStartedOn: string | null): string | null {
  if (format === 'state') return issuedOn.slice(0, 4);
  return termStartedOn === null ? null : `term:${termStartedOn}`;
}

/** Two digits under 10: 1 → "01", 12 → "12", 105 → "105". */
export const padDocumentNumber = (n: number): string => String(n).padStart(2, '0');

/** The number as printed after "Số": state "01/GM-BCĐ", Party "01-GM/BCĐ"; without a committee symbol "01/GM", "01-GM". */
export function documentNumberText(format: DocumentFormat, n: number, type: DocumentType, committeeSymbol: string | null): string {
  const num = padDocumentNumber(n);
  if (format === 'state') return committeeSymbol ? `${num}/${type}-${committeeSymbol}` : `${num}/${type}`;
  return committeeSymbol ? `${num}-${type}/${committeeSymbol}` : `${num}-${type}`;
}

/** The number line: state "Số: 01/GM-BCĐ" (with a colon), Party "Số 01-GM/BCĐ" (without). */
export function documentNumberSymbol(format: DocumentFormat, n: number, type: DocumentType, committeeSymbol: string | null): string {
  const text = documentNumberText(format, n, type, committeeSymbol);
  return format === 'state' ? `Số: ${text}` : `Số ${text}`;
}
