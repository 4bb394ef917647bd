import { describe, expect, it } from 'vitest';
import { documentXml, paragraphs } from '../../db/documents/test-read-back.js';
import { useDemoSessionAt } from './test-demo-session.js';
import type { ExportedFile, RosterDocumentData } from '../contract.js';

// The roster document commands through the dispatch, as every host calls them.

const at = useDemoSessionAt();

describe('roster.document / roster.exportDocx / roster.exportXlsx', () => {
  it('default to today in the archive zone, with the decision in force, dated that day', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    const data = await call<RosterDocumentData>('roster.document', { committeeId: demo.committeeId });
    expect(data.roster.asOf).toBe('2021-03-05');
    expect(data.issuedOn).toBe('2021-03-05');
    expect(data.decisions).toMatchObject([{ number: '25-QĐ/TU', signedOn: '2020-10-26', issuer: 'Tỉnh ủy Thanh Hóa' }]);
  });

  it('date a past roster by its own day, not by today (the place-date line of print and Word)', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    const data = await call<RosterDocumentData>('roster.document', { committeeId: demo.committeeId, asOf: '2021-01-13' });
    expect(data.issuedOn).toBe('2021-01-13');
    const docx = await call<ExportedFile>('roster.exportDocx', { committeeId: demo.committeeId, asOf: '2021-01-13' });
    expect(paragraphs(documentXml(Buffer.from(docx.base64, 'base64')))).toContain('Thanh Hóa, ngày 13 tháng 01 năm 2021');
  });

  it('answer a Word and an Excel file with safe names and their media types', async () => {
    const { demo, call } = await at('2021-03-04T18:30:00Z');
    const docx = await call<ExportedFile>('roster.exportDocx', { committeeId: demo.committeeId, asOf: '2021-01-13' });
    expect(docx).toMatchObject({ fileName: `danh-sach-thanh-vien-${demo.committeeId}-2021-01-13.docx`, mediaType: expect.stringContaining('wordprocessingml') });
    const xlsx = await call<ExportedFile>('roster.exportXlsx', { committeeId: demo.committeeId, asOf: '2021-01-13' });
    expect(xlsx).toMatchObject({ fileName: `danh-sach-thanh-vien-${demo.committeeId}-2021-01-13.xlsx`, mediaType: expect.stringContaining('spreadsheetml') });
    // Both are zip packages.
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuse an impossible date and an unknown committee as typed errors', async () => {
    const { demo, session } = await at('2021-03-04T18:30:00Z');
    const bad = await session.dispatch('roster.exportDocx', { committeeId: demo.committeeId, asOf: '2021-02-31' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await session.dispatch('roster.exportXlsx', { committeeId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
