// Conclusion notices (thông báo kết luận, issue 9): the shapes the commands return and the
// value lists their inputs and the schema derive from. Pure: imports only this folder.
import type { ConclusionStatus } from './values.js';

/**
 * How the signer signs (NĐ 30/2020; HD 36-HD/VPTW): for the collective body ("TM. BAN CHỈ
 * ĐẠO", Party "T/M"), for the head as a deputy ("KT. TRƯỞNG BAN", Party "K/T"), or in their
 * own name (none: only the title).
 */
export const SIGNING_FORMS = ['tm', 'kt', 'none'] as const;
export type SigningForm = (typeof SIGNING_FORMS)[number];

/** At most this many directives, sub-points per directive, recipients per notice. */
export const CONCLUSION_MAX_ITEMS = 100;
export const CONCLUSION_MAX_SUB_POINTS = 30;
export const CONCLUSION_MAX_RECIPIENTS = 50;

/** One numbered directive, with its sub-points (printed "-" under it). */
export interface ConclusionItem {
  id: number;
  /** 1, 2, 3 … in the notice. */
  position: number;
  text: string;
  subPoints: string[];
}

/** Who signs the notice: a person of the roster on its date, the signing form and the title. */
export interface ConclusionSigner {
  personId: number | null;
  /** The person's name on the notice's date (person_names); null when no signer is chosen. */
  name: string | null;
  form: SigningForm;
  /** The signer's title as printed under the form, in capitals: "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN". */
  title: string | null;
}

/** One row of conclusions.list. */
export interface ConclusionSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  /** The meeting it concludes; null for a standalone notice. */
  meetingId: number | null;
  meetingTitle: string | null;
  /** The summary line printed under "THÔNG BÁO" (trích yếu). */
  title: string;
  status: ConclusionStatus;
  /** The notice's date (YYYY-MM-DD): a draft's intended date; the issue date once issued. */
  datedOn: string;
  /** The number in the series (1, 2 …); null while a draft. */
  number: number | null;
  /** As printed after "Số": "01/TB-BCĐ" (state) or "01-TB/BCĐ" (Party); null while a draft. */
  numberText: string | null;
  /** The whole number line: "Số: 01/TB-BCĐ" (state) or "Số 01-TB/BCĐ" (Party); null while a draft. */
  symbol: string | null;
  itemCount: number;
  updatedAt: string;
}

/** A notice with everything it prints. */
export interface ConclusionDetail extends ConclusionSummary {
  /** The number of the series it holds (document_numbers); null while a draft. */
  documentNumberId: number | null;
  /** The opening paragraph before the directives. */
  preamble: string | null;
  items: ConclusionItem[];
  signer: ConclusionSigner;
  /** "Nơi nhận" as the clerk wrote it, without the leading "- "; the filing line ("Lưu: VT, …") is added last when missing. */
  recipients: string[];
  /** Why it was cancelled; null unless cancelled. */
  cancelReason: string | null;
  createdAt: string;
}

/** A directive as written before it is saved: its text and sub-points. */
export interface ConclusionItemText {
  text: string;
  subPoints: string[];
}

/**
 * The starting text offered for a notice made from a meeting: the conclusion part of its
 * minutes (the body under the last heading that says "kết luận"), split into an opening
 * paragraph and directives. `found` is false when the minutes have no such part.
 */
export interface ConclusionStartingText {
  meetingId: number;
  committeeId: number;
  found: boolean;
  /** A summary line from the meeting: "Kết luận của … tại <meeting title>". */
  title: string;
  preamble: string | null;
  items: ConclusionItemText[];
  /** The meeting's day (YYYY-MM-DD): the notice's date when the clerk does not choose one. */
  meetingDay: string;
  /** The chair, suggested as the signer. */
  chairPersonId: number | null;
}

/** A member of the roster on the notice's date who may sign, with the form their role suggests. */
export interface ConclusionSignerOption {
  personId: number;
  fullName: string;
  roleName: string;
  position: string | null;
  /** Head of the committee: tm; a deputy head: kt; anyone else: none. */
  suggestedForm: SigningForm;
  /** Their role in capitals ("TRƯỞNG BAN"). */
  suggestedTitle: string;
}

export interface ConclusionSignerOptions {
  committeeId: number;
  asOf: string;
  signers: ConclusionSignerOption[];
}
