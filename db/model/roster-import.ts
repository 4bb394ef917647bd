// Importing a roster from a spreadsheet (.xlsx or .csv): the shapes of the preview and its
// row errors, shared by the core, the contract, the command line and the renderer.
// Pure: imports only from this folder.

/** The largest file the import commands take (bytes, before base64). */
export const ROSTER_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The most an .xlsx may hold once unzipped (all its parts), checked before it is parsed. */
export const ROSTER_IMPORT_MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** The most data rows one import takes (the benchmark imports 10,000). */
export const ROSTER_IMPORT_MAX_ROWS = 20_000;

/** The fields a column can fill, in the order the roster export writes them. */
export const ROSTER_IMPORT_FIELDS = [
  'fullName',
  'position',
  'organisation',
  'role',
  'duty',
  'fromDate',
  'toDate',
  'decision',
] as const;
export type RosterImportField = (typeof ROSTER_IMPORT_FIELDS)[number];

/** Without these columns no row can be imported. */
export const ROSTER_IMPORT_REQUIRED: readonly RosterImportField[] = ['fullName', 'role', 'fromDate'];

/** Why a row (or the file) cannot be imported. */
export const ROSTER_IMPORT_ERRORS = [
  /** The file is neither a readable .xlsx nor a UTF-8 .csv. */
  'unreadable_file',
  /** An .xlsx that unzips to more than ROSTER_IMPORT_MAX_UNZIPPED_BYTES (a "zip bomb"). */
  'file_too_large',
  /** More than ROSTER_IMPORT_MAX_ROWS rows. */
  'too_many_rows',
  /** No row of the first sheet has the recognized headers (at least Họ và tên). */
  'no_header',
  /** A required column (Họ và tên, Chức danh, Từ ngày) is not in the file. */
  'missing_column',
  /** Two columns of the file fill the same field. */
  'duplicate_column',
  'empty_name',
  /** A required cell (Chức danh, Từ ngày) is empty. */
  'missing_value',
  /** Not a day of the calendar (31/02/2021, 13/13/2021) or not dd/mm/yyyy. */
  'impossible_date',
  /** Đến ngày is not after Từ ngày. */
  'end_before_start',
  'unknown_role',
  /** Longer than the field allows. */
  'too_long',
  /** Control characters or ill-formed text (db/model/text.ts). */
  'invalid_text',
  /** The same person (folded name + organisation) twice in the file over overlapping periods. */
  'duplicate_in_file',
  /** The same person is already a member of the committee over an overlapping period. */
  'duplicate_in_archive',
  /** Several archive people may be this row's person (same folded name, an organisation blank): the clerk names the organisation. */
  'ambiguous_person',
  /** One decision number with two different dates in the file, or a date other than the archive's. */
  'decision_conflict',
  /** A decision the archive does not know, and no row of the file gives its signing date: it is never guessed. */
  'decision_date_missing',
] as const;
export type RosterImportErrorCode = (typeof ROSTER_IMPORT_ERRORS)[number];

export interface RosterImportError {
  /** The row as the clerk sees it in Excel (the header is row 1 of a plain CSV); null for the file. */
  row: number | null;
  /** The column's header as written in the file; null when the error is about the whole row or file. */
  column: string | null;
  field: RosterImportField | null;
  code: RosterImportErrorCode;
  /** The reason in Vietnamese, ready to show ("Ngày không tồn tại: 31/02/2021"). */
  message: string;
}

/**
 * Not an error: the row will create a new person, but the archive has someone of the same
 * folded name with another organisation ("Tỉnh ủy" and "Tỉnh ủy Thanh Hóa"). The clerk reads
 * it before confirming (the people form warns the same way); the import still goes ahead.
 */
export interface RosterImportWarning {
  row: number;
  /** The file's header of the name column. */
  column: string | null;
  /** The archive's people it may be (id, name, organisation as written there). */
  candidates: Array<{ id: number; fullName: string; organisation: string | null }>;
  /** The warning in Vietnamese, ready to show ("Có thể trùng với … (Tỉnh ủy Thanh Hóa) …"). */
  message: string;
}

export interface RosterImportColumn {
  /** 1-based column number in the file. */
  index: number;
  header: string;
  /** The field it fills; null when the header is not recognized (the column is ignored). */
  field: RosterImportField | null;
}

/** One data row as it will be written. */
export interface RosterImportRow {
  row: number;
  fullName: string;
  position: string | null;
  organisation: string | null;
  /** The code of one of the committee's roles; null when the cell names none (the row then has an error). */
  role: string | null;
  duty: string | null;
  /** ISO dates; null when missing or impossible (the row then has an error). */
  fromDate: string | null;
  toDate: string | null;
  /** The decision's number ("25-QĐ/TU") and date when the cell gives one ("25-QĐ/TU ngày 26/10/2020"). */
  decisionNumber: string | null;
  decisionDate: string | null;
  /** The person it will join: an existing one (same folded name + organisation) or a new one. */
  personId: number | null;
}

export interface RosterImportPreview {
  committeeId: number;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** SHA-256 of the file's bytes (hex): roster.import.apply needs it, so it applies the file previewed. */
  fileHash: string;
  /** CSV only: the separator found in the header line. */
  delimiter: ',' | ';' | null;
  /** The row of the headers (1-based). */
  headerRow: number | null;
  columns: RosterImportColumn[];
  /** Fields with no column in the file. */
  missingFields: RosterImportField[];
  rows: RosterImportRow[];
  errors: RosterImportError[];
  /** Rows that create a new person while the archive has one of the same name elsewhere: read, not refused. */
  warnings: RosterImportWarning[];
  /** What apply would write: people created, people found in the archive, memberships, new decisions. */
  summary: { rows: number; newPeople: number; existingPeople: number; memberships: number; newDecisions: number };
}

export interface RosterImportResult {
  committeeId: number;
  memberships: number;
  newPeople: number;
  existingPeople: number;
  newDecisions: number;
}
