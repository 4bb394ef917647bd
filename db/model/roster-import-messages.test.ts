import { describe, expect, it } from 'vitest';
import { ROSTER_IMPORT_ERRORS, ROSTER_IMPORT_FIELDS } from './roster-import.js';
import { ROSTER_IMPORT_FIELD_LABELS, importErrorLineVi, importReasonVi } from './roster-import-messages.js';
import { ROSTER_SHEET_HEADERS } from './roster-document.js';

describe('the roster import catalogue (one source for core, CLI and renderer)', () => {
  it("names the fields by the roster export's own headers", () => {
    expect(ROSTER_IMPORT_FIELDS.map((f) => ROSTER_IMPORT_FIELD_LABELS.vi[f])).toEqual([...ROSTER_SHEET_HEADERS]);
  });

  it('has a Vietnamese reason for every error code, and places it as "dòng N, cột C"', () => {
    for (const code of ROSTER_IMPORT_ERRORS) expect(importReasonVi(code, { field: 'fromDate' })).toMatch(/\S/);
    expect(importErrorLineVi({ row: 4, column: 'Từ ngày', field: 'fromDate', code: 'missing_value', message: '"Từ ngày" để trống.' })).toBe('dòng 4, cột Từ ngày: "Từ ngày" để trống.');
    expect(importErrorLineVi({ row: null, column: null, field: null, code: 'unreadable_file', message: 'X' })).toBe('tệp: X');
  });
});
