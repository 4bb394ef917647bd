import { ROSTER_IMPORT_MAX_BYTES, type RosterImportError, type RosterImportWarning, type RosterImportErrorCode, type RosterImportField, type RosterImportResult } from './roster-import.js';

// THE catalogue of the words of the roster import: the names of the fields and every reason a row or
// the file is refused, in Vietnamese (the core writes them into each error; the command line
// and the renderer print the same text). Only the fields' names have an English version,
// for the English interface's column mapping.

/** The fields by the roster export's headers (vi), and in English. */
export const ROSTER_IMPORT_FIELD_LABELS = {
  vi: {
    fullName: 'Họ và tên',
    position: 'Chức vụ',
    organisation: 'Đơn vị công tác',
    role: 'Chức danh trong Ban Chỉ đạo',
    duty: 'Nhiệm vụ được phân công',
    fromDate: 'Từ ngày',
    toDate: 'Đến ngày',
    decision: 'Quyết định',
  },
  en: {
    fullName: 'Full name',
    position: 'Position',
    organisation: 'Organisation',
    role: 'Role in the committee',
    duty: 'Assigned duty',
    fromDate: 'From',
    toDate: 'Until',
    decision: 'Decision',
  },
} as const satisfies Record<'vi' | 'en', Record<RosterImportField, string>>;

export interface ImportErrorDetail {
  /** The cell's text as in the file. */
  text?: string;
  field?: RosterImportField;
  max?: number;
  otherRow?: number;
  date?: string;
}

export function importReasonVi(code: RosterImportErrorCode, d: ImportErrorDetail = {}): string {
  const label = d.field ? ROSTER_IMPORT_FIELD_LABELS.vi[d.field] : '';
  switch (code) {
    case 'unreadable_file':
      return 'Không đọc được tệp: chỉ nhận tệp .xlsx hoặc .csv (mã UTF-8).';
    case 'file_too_large':
      return `Tệp .xlsx quá lớn khi giải nén (hơn ${(d.max ?? 0) / 2 ** 20} MB): hãy chia thành nhiều tệp nhỏ hơn.`;
    case 'too_many_rows':
      return `Tệp có quá nhiều dòng (tối đa ${d.max ?? 0} dòng mỗi lần nhập): hãy chia thành nhiều tệp.`;
    case 'no_header':
      return 'Không tìm thấy dòng tiêu đề: cần cột "Họ và tên" và ít nhất một cột khác trong 20 dòng đầu.';
    case 'missing_column':
      return `Thiếu cột "${label}".`;
    case 'duplicate_column':
      return `Có hai cột cùng là "${label}".`;
    case 'empty_name':
      return 'Họ và tên để trống.';
    case 'missing_value':
      return `"${label}" để trống.`;
    case 'impossible_date':
      return `Ngày không hợp lệ: "${d.text ?? ''}" (cần một ngày có thật, dạng dd/mm/yyyy).`;
    case 'end_before_start':
      return 'Đến ngày phải sau Từ ngày.';
    case 'unknown_role':
      return `Chức danh không có trong danh mục: "${d.text ?? ''}".`;
    case 'too_long':
      return `Quá dài: tối đa ${d.max ?? 0} ký tự.`;
    case 'invalid_text':
      return 'Có ký tự điều khiển hoặc ký tự hỏng.';
    case 'duplicate_in_file':
      return `Trùng với dòng ${d.otherRow ?? '?'}: cùng họ tên, cùng đơn vị (hoặc một dòng để trống đơn vị), thời gian trùng nhau.`;
    case 'duplicate_in_archive':
      return `Người này đã là thành viên của Ban Chỉ đạo trong cùng thời gian (từ ${d.date ?? '?'}).`;
    case 'ambiguous_person':
      return `Không xác định được người: kho lưu trữ có ${d.max ?? 'nhiều'} người cùng họ tên "${d.text ?? ''}"; hãy ghi rõ Đơn vị công tác.`;
    case 'decision_conflict':
      return `Quyết định "${d.text ?? ''}" đã có ngày khác (${d.date ?? '?'}).`;
    case 'decision_date_missing':
      return `Thiếu ngày ký quyết định "${d.text ?? ''}": ghi số và ngày, ví dụ "25-QĐ/TU ngày 26/10/2020".`;
  }
}

/** A file over ROSTER_IMPORT_MAX_BYTES, refused before it is read or sent. */
export function importFileTooLargeVi(maxBytes: number = ROSTER_IMPORT_MAX_BYTES): string {
  return `Tệp quá lớn (tối đa ${maxBytes / 2 ** 20} MB); chưa có gì được nhập.`;
}

/** Where an error is, as the clerk reads it: "dòng 4, cột Từ ngày", "dòng 4", or "tệp". */
export function importErrorPlaceVi(e: Pick<RosterImportError, 'row' | 'column'>): string {
  if (e.row === null) return 'tệp';
  return e.column === null ? `dòng ${e.row}` : `dòng ${e.row}, cột ${e.column}`;
}

/** "dòng 4, cột Từ ngày: Ngày không hợp lệ…": one line per error (the command line prints these). */
export function importErrorLineVi(e: RosterImportError): string {
  return `${importErrorPlaceVi(e)}: ${e.message}`;
}

/** What an import writes (or would write), in one Vietnamese sentence. */
export function importSummaryVi(s: Pick<RosterImportResult, 'memberships' | 'newPeople' | 'existingPeople' | 'newDecisions'>): string {
  return `${s.memberships} thành viên (${s.newPeople} cán bộ mới, ${s.existingPeople} cán bộ đã có, ${s.newDecisions} quyết định mới)`;
}

/** The warning of a row that creates a new person while the archive has others of that name (RosterImportWarning). */
export function maybeSamePersonVi(candidates: RosterImportWarning['candidates']): string {
  const who = candidates.map((c) => `${c.fullName} (${c.organisation ?? 'chưa ghi đơn vị'})`).join('; ');
  return `Có thể trùng với ${who} đã có trong kho lưu trữ: khác đơn vị công tác nên dòng này sẽ tạo một người mới. Nếu là cùng một người, hãy sửa Đơn vị công tác trong tệp cho khớp.`;
}
