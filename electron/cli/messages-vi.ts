import { ArchiveError } from '../../db/errors.js';
import { type CommandError, type ErrorCode, formatDisplayDate } from '../contract.js';

// What `minutebook roster`, `roster import` and `document` say to the clerk, in Vietnamese
// like the import's row errors. The core's English messages stay for logs; here they are
// worded from the code and its details (who holds the lock, which file).

/** Who holds the archive, as the lock file names it (details.owner of LOCKED, db/archive-lock.ts). */
interface LockOwner {
  pid: number;
  hostname: string;
  program: string;
  startedAt: string;
}

/** Each refusal code in the clerk's words (the renderer's catalogue says the same, renderer/i18n). */
const REASONS: Record<ErrorCode | 'DRIVER_MISSING', string> = {
  VALIDATION: 'dữ liệu chưa hợp lệ.',
  UNKNOWN_COMMAND: 'lệnh không được hỗ trợ.',
  UNAUTHORIZED: 'phiên làm việc không hợp lệ.',
  NOT_FOUND: 'không tìm thấy bản ghi.',
  CONFLICT: 'dữ liệu bị trùng hoặc mâu thuẫn với bản ghi khác.',
  NOT_EMPTY: 'kho lưu trữ đã có dữ liệu.',
  SCHEMA_TOO_NEW: 'kho lưu trữ được tạo bởi phiên bản Minutebook mới hơn; hãy cập nhật Minutebook.',
  NOT_AN_ARCHIVE: 'tệp này không phải là kho lưu trữ Minutebook.',
  INTEGRITY_FAILED: 'kho lưu trữ bị lỗi khi kiểm tra toàn vẹn nên chỉ được xem, không được sửa; hãy khôi phục từ bản sao lưu.',
  HAS_DEPENDENTS: 'còn hồ sơ khác liên quan.',
  ARCHIVE_MISSING: 'chưa có kho lưu trữ tại đường dẫn này; hãy tạo kho bằng lệnh "minutebook init" (hoặc thử bản mẫu: minutebook demo --db demo.sqlite).',
  ARCHIVE_EXISTS: 'đã có kho lưu trữ tại đường dẫn này.',
  DISK_FULL: 'ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại.',
  READ_ONLY: 'kho lưu trữ chỉ đọc (tệp hoặc thư mục không cho phép ghi).',
  LOCKED: 'một chương trình khác đang dùng kho lưu trữ; hãy đợi giây lát rồi thử lại, hoặc đóng chương trình kia.',
  IO_ERROR: 'không đọc/ghi được kho lưu trữ (lỗi ổ đĩa hoặc ổ USB bị rút); hãy kiểm tra ổ đĩa rồi thử lại.',
  CORRUPT: 'kho lưu trữ bị hỏng; hãy khôi phục từ bản sao lưu gần nhất.',
  TOO_LARGE: 'tệp quá lớn.',
  MINUTES_FINALIZED: 'biên bản đã được hoàn thiện (khóa).',
  MINUTES_STALE: 'biên bản vừa được lưu từ nơi khác.',
  INTERNAL: 'lỗi không mong đợi.',
  UNAVAILABLE: 'mất kết nối với Minutebook.',
  DRIVER_MISSING: 'thiếu thư viện SQLite của Minutebook; hãy cài lại chương trình.',
};

/** "minutebook roster import (PID 123, máy may-1, từ 28/11/2026 06:30)". */
export function lockOwnerVi(owner: LockOwner): string {
  const since = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(owner.startedAt);
  const when = since ? `, từ ${formatDisplayDate(since[1]!)} ${since[2]!} UTC` : '';
  return `${owner.program} (PID ${owner.pid}, máy ${owner.hostname}${when})`;
}

/** A failure to open or use the archive, in Vietnamese; anything unexpected keeps its own text after the Vietnamese words. */
export function failureVi(error: unknown): string {
  if (error instanceof ArchiveError) {
    const file = typeof error.details?.file === 'string' ? error.details.file : null;
    const owner = error.details?.owner as LockOwner | undefined;
    if (error.code === 'LOCKED' && owner) {
      return `kho lưu trữ ${file ?? 'này'} đang được mở để sửa trong ${lockOwnerVi(owner)}. Hãy đóng chương trình đó trước; chưa có gì được ghi.`;
    }
    return file ? `${REASONS[error.code]} Tệp: ${file}` : REASONS[error.code];
  }
  return `${REASONS.INTERNAL} (${error instanceof Error ? error.message : String(error)})`;
}

/** A command's refusal (its Result), in Vietnamese. */
export function commandErrorVi(error: CommandError): string {
  return REASONS[error.code];
}

/** node:util parseArgs's English complaints ("Unknown option '--x'…"), in Vietnamese. */
export function usageErrorVi(message: string): string {
  const option = /option '([^']+)'/.exec(message)?.[1];
  if (/^Unknown option/.test(message)) return `không có tùy chọn ${option ?? ''}`.trim();
  if (/argument missing/.test(message)) return `tùy chọn ${option ?? ''} cần một giá trị`;
  if (/does not take an argument/.test(message)) return `tùy chọn ${option ?? ''} không nhận giá trị`;
  return `tham số không hợp lệ (${message})`;
}

const EXIT_CODES = 'Mã thoát: 0 thành công, 1 không thực hiện được, 2 sai cách dùng.';
const DB = 'Kho lưu trữ: --db FILE, hoặc biến MINUTEBOOK_DB, hoặc minutebook.sqlite trong thư mục dữ liệu người dùng.';

/** `minutebook roster --help`. */
export const ROSTER_HELP_VI = `Cách dùng: minutebook roster --committee ID [--date YYYY-MM-DD] [--json] [--db FILE]
  In danh sách thành viên của Ban Chỉ đạo số ID vào một ngày (mặc định: hôm nay):
  họ và tên, chức danh, chức vụ, từ ngày, quyết định.
  --json   in dạng JSON
${DB}
${EXIT_CODES}`;

/** `minutebook roster import --help`. */
export const ROSTER_IMPORT_HELP_VI = `Cách dùng: minutebook roster import --db FILE --committee ID FILE.(csv|xlsx) [--dry-run]
  Nhập thành viên từ bảng tính vào Ban Chỉ đạo số ID: mỗi dòng lỗi được in thành
  "dòng N, cột C: lý do" và không có gì được ghi (mã thoát 1); tất cả các dòng hoặc không dòng nào.
  --dry-run   chỉ kiểm tra tệp, không ghi
${EXIT_CODES}`;

/** `minutebook document --help`. */
export const DOCUMENT_HELP_VI = `Cách dùng: minutebook document [--db FILE] roster COMMITTEE_ID [--date YYYY-MM-DD] --out FILE.docx
           minutebook document [--db FILE] (minutes|invitation) MEETING_ID --out FILE.docx
           minutebook document [--db FILE] tasks PERSON_ID --committee ID [--date YYYY-MM-DD] --out FILE.docx
           minutebook document [--db FILE] reminder (PERSON_ID | --unit TÊN) --committee ID [--date YYYY-MM-DD] --out FILE.docx
  Ghi tệp Word: danh sách thành viên Ban Chỉ đạo vào một ngày (mặc định: hôm nay; --date nhận cả dd/mm/yyyy),
  hoặc biên bản (minutes) / giấy mời (invitation) của một cuộc họp,
  hoặc danh sách nhiệm vụ của một người (tasks) / công văn đôn đốc các nhiệm vụ quá hạn (reminder) do Ban Chỉ đạo số ID ban hành.
${DB}
${EXIT_CODES}`;
