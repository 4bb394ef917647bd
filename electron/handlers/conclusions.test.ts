import { describe, expect, it } from 'vitest';
import { countAllRows, sha256File } from '../../db/test-support.js';
import type { ConclusionDetail, ConclusionSignerOptions, ConclusionStartingText, ExportedFile, Minutes } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The conclusion commands at the boundary: the starting text from the minutes, the signers of a
// day, a draft made and issued with "today" from the archive's clock, typed refusals.

const at = useDemoSessionAt();
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });

describe('conclusion commands', () => {
  it('offer the minutes\' conclusion part and the day\'s signers; a draft made from them is issued as 01', async () => {
    const { demo, call } = await at('2021-01-14T02:00:00Z');
    const minutes = await call<Minutes>('minutes.get', { meetingId: demo.meetingId });
    await call('minutes.save', {
      meetingId: demo.meetingId,
      expectedRevision: minutes.revision,
      fields: minutes.fields,
      body: { type: 'doc', content: [p('Báo cáo.'), h('Kết luận của đồng chí chủ trì'), p('Đồng chí Trưởng ban kết luận:'), p('1. Kiện toàn Ban Chỉ đạo.'), p('- Phân công nhiệm vụ.')] },
    });
    const start = await call<ConclusionStartingText>('conclusions.startingText', { meetingId: demo.meetingId });
    expect(start).toMatchObject({
      found: true,
      meetingDay: '2021-01-13',
      preamble: 'Đồng chí Trưởng ban kết luận:',
      items: [{ text: 'Kiện toàn Ban Chỉ đạo.', subPoints: ['Phân công nhiệm vụ.'] }],
      title: expect.stringMatching(/^Kết luận của đồng chí Trịnh Tuấn Sinh tại /),
    });
    const { signers } = await call<ConclusionSignerOptions>('conclusions.signers', { committeeId: demo.committeeId, asOf: start.meetingDay });
    const head = signers.find((s) => s.personId === start.chairPersonId);
    expect(head).toMatchObject({ fullName: 'Trịnh Tuấn Sinh', suggestedForm: 'tm', suggestedTitle: 'TRƯỞNG BAN' });
    expect(signers.some((s) => s.suggestedForm === 'kt')).toBe(true);

    // No date given: today in the archive's zone (02:00 UTC is 09:00 on 14/01 in Hà Nội).
    const draft = await call<ConclusionDetail>('conclusions.create', {
      committeeId: demo.committeeId,
      meetingId: demo.meetingId,
      title: start.title,
      signer: { personId: head?.personId, form: head?.suggestedForm, title: 'Trưởng ban' },
      recipients: ['Thường trực Tỉnh ủy (để b/c)'],
      preamble: start.preamble,
      items: start.items,
    });
    expect(draft).toMatchObject({ status: 'draft', datedOn: '2021-01-14', meetingId: demo.meetingId, signer: { name: 'Trịnh Tuấn Sinh', title: 'TRƯỞNG BAN' } });
    const issued = await call<ConclusionDetail>('conclusions.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'issued', symbol: 'Số 01-TB/BCĐ', datedOn: '2021-01-14' });
    const docx = await call<ExportedFile>('conclusions.exportDocx', { id: draft.id });
    expect(docx).toMatchObject({ fileName: 'thong-bao-ket-luan-01-2021.docx', mediaType: expect.stringContaining('wordprocessingml') });
  });

  it('refusals are typed Results and write nothing', async () => {
    const { session, demo } = await at('2021-01-14T02:00:00Z');
    const file = session.archive.file;
    const before = { sha: sha256File(file), rows: await countAllRows(session.archive.db) };
    const blankTitle = await session.dispatch('conclusions.create', { committeeId: demo.committeeId, title: ' ', signer: { personId: null, form: 'tm', title: null }, recipients: [], items: [] });
    expect(blankTitle).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'title' })] } });
    const badForm = await session.dispatch('conclusions.update', { id: demo.conclusionId, signer: { personId: null, form: 'TL', title: null } });
    expect(badForm).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'signer.form' })] } });
    const noSigner = await session.dispatch('conclusions.cancel', { id: demo.conclusionId, reason: 'Nhầm' });
    expect(noSigner).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'status', message: 'not_issued' }] } });
    const missing = await session.dispatch('conclusions.get', { id: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect({ sha: sha256File(file), rows: await countAllRows(session.archive.db) }).toEqual(before);
  });
});
