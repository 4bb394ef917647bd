import type { RosterImportError, RosterImportErrorCode, RosterImportField } from '../model/index.js';

// The reasons a clerk reads, in Vietnamese (the codes travel beside them for the UI's own
// catalogues and for scripts).

/** The roster export's headers: how a field is named to the clerk. */
export const FIELD_LABELS_VI: Record<RosterImportField, string> = {
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  organisation: 'Đơn vị công tác',
  role: 'Chức danh trong Ban Chỉ đạo',
  duty: 'Nhiệm vụ được phân công',
  fromDate: 'Từ ngày',
  toDate: 'Đến ngày',
  decision: 'Quyết định',
};

export interface ErrorDetail {
  /** The cell's text as in the file. */
  text?: string;
  field?: RosterImportField;
  max?: number;
  otherRow?: number;
  date?: string;
}

export function messageVi(code: RosterImportErrorCode, d: ErrorDetail = {}): string {
  const label = d.field ? FIELD_LABELS_VI[d.field] : '';
  switch (code) {
    case 'unreadable_file':
      return 'Không đọc được tệp: chỉ nhận tệp .xlsx hoặc .csv (mã UTF-8).';
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

export function rowError(
  row: number | null,
  column: string | null,
  field: RosterImportField | null,
  code: RosterImportErrorCode,
  detail: ErrorDetail = {},
): RosterImportError {
  return { row, column, field, code, message: messageVi(code, { field: field ?? undefined, ...detail }) };
}
