import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DemoSummary, loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, countAllRows, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import { ROSTER_IMPORT_MAX_BYTES, type Roster, type RosterImportPreview, type RosterImportResult } from '../contract.js';
import { type Session, openSession } from './session.js';

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/roster-import', name)).toString('base64');

let session: Session;
let demo: DemoSummary;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
  demo = await loadDemo(session.archive.db, TEST_ACTOR);
});
afterEach(() => session.close());
afterAll(removeTempDirs);

describe('roster.import.* through the dispatch', () => {
  it('preview then apply: the file lands on the roster', async () => {
    const input = { committeeId: demo.committeeId, fileName: 'good.csv', contentBase64: fixture('good.csv') };
    const preview = await session.dispatch('roster.import.preview', input);
    expect(preview.ok).toBe(true);
    const { fileHash, errors, summary } = (preview as { value: RosterImportPreview }).value;
    expect(errors).toEqual([]);
    expect(summary.memberships).toBe(3);
    const applied = await session.dispatch('roster.import.apply', { ...input, fileHash });
    expect(applied).toEqual({ ok: true, value: { committeeId: demo.committeeId, memberships: 3, newPeople: 3, existingPeople: 0, newDecisions: 1 } satisfies RosterImportResult });
    const roster = await session.dispatch('roster.get', { committeeId: demo.committeeId, asOf: '2021-03-01' });
    expect((roster as { value: Roster }).value.members.map((m) => m.fullName)).toEqual(expect.arrayContaining(['Hoàng Thị Mai', 'Lê Quang Huy', 'Phạm Văn Đức']));
  });

  it('a bad row: the preview lists it; apply is a VALIDATION error with the row, and writes nothing', async () => {
    const input = { committeeId: demo.committeeId, fileName: 'bad.csv', contentBase64: fixture('bad.csv') };
    const preview = (await session.dispatch('roster.import.preview', input)) as { ok: true; value: RosterImportPreview };
    expect(preview.value.errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, 'Từ ngày', 'impossible_date']]);
    const before = await countAllRows(session.archive.db);
    const applied = await session.dispatch('roster.import.apply', { ...input, fileHash: preview.value.fileHash });
    expect(applied).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'rows.4.fromDate', message: 'Ngày không hợp lệ: "31/02/2021" (cần một ngày có thật, dạng dd/mm/yyyy).' }] },
    });
    expect(await countAllRows(session.archive.db)).toEqual(before);
  });

  it('refuses a file past 5 MiB, text that is not base64, and apply without the preview hash', async () => {
    const big = Buffer.alloc(ROSTER_IMPORT_MAX_BYTES + 3, 0x41).toString('base64');
    const tooBig = await session.dispatch('roster.import.preview', { committeeId: demo.committeeId, fileName: 'x.csv', contentBase64: big });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'contentBase64', message: 'import_too_large' }] } });
    const justFits = Buffer.alloc(ROSTER_IMPORT_MAX_BYTES, 0x41).toString('base64');
    const fits = await session.dispatch('roster.import.preview', { committeeId: demo.committeeId, fileName: 'x.csv', contentBase64: justFits });
    expect(fits).toMatchObject({ ok: true, value: { errors: [{ code: 'no_header' }] } });
    const notBase64 = await session.dispatch('roster.import.preview', { committeeId: demo.committeeId, fileName: 'x.csv', contentBase64: 'Họ và tên' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const noHash = await session.dispatch('roster.import.apply', { committeeId: demo.committeeId, fileName: 'good.csv', contentBase64: fixture('good.csv') });
    expect(noHash).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'fileHash' }] } });
    const unknown = await session.dispatch('roster.import.preview', { committeeId: 999, fileName: 'good.csv', contentBase64: fixture('good.csv') });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
