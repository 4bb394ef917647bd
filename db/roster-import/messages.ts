import type { RosterImportError, RosterImportErrorCode, RosterImportField } from '../model/index.js';
import { type ImportErrorDetail, importReasonVi } from '../model/index.js';

// A row's error with its reason from the one catalogue (db/model/roster-import-messages.ts).

export function rowError(
  row: number | null,
  column: string | null,
  field: RosterImportField | null,
  code: RosterImportErrorCode,
  detail: ImportErrorDetail = {},
): RosterImportError {
  return { row, column, field, code, message: importReasonVi(code, { field: field ?? undefined, ...detail }) };
}
