import { describe, expect, it } from 'vitest';
import { countAllRows } from '../../db/test-support.js';
import { XSS_FOREIGN_DOCS } from '../../db/rich-text-xss.js';
import type { Minutes, MinutesSaved } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The minutes commands at the boundary: typed Results for every refusal, the archive's day
// on versions and its time of day on "Đã lưu lúc".

const at = useDemoSessionAt();
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('minutes commands', () => {
  it('save → finalize → a later save is a typed MINUTES_FINALIZED; amend keeps the original; versions carry the archive day', async () => {
    // 2021-01-13 17:40 UTC is 00:40 on 14/01 in Hà Nội: the archive's day and time, not UTC's.
    const { session, demo, call } = await at('2021-01-13T17:40:00Z');
    const draft = await call<Minutes>('minutes.get', { meetingId: demo.meetingId });
    const saved = await call<MinutesSaved>('minutes.save', { meetingId: demo.meetingId, expectedRevision: draft.revision, fields: draft.fields, body: doc('Biên bản') });
    expect(saved).toMatchObject({ revision: draft.revision + 1, savedTime: '00:40' });
    const stale = await session.dispatch('minutes.save', { meetingId: demo.meetingId, expectedRevision: draft.revision, fields: draft.fields, body: doc('cũ') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'MINUTES_STALE' } });

    const locked = await call<Minutes>('minutes.finalize', { meetingId: demo.meetingId, expectedRevision: saved.revision });
    expect(locked.versions).toEqual([expect.objectContaining({ kind: 'original', madeOn: '2021-01-14', actor: expect.any(String) })]);
    const late = await session.dispatch('minutes.save', { meetingId: demo.meetingId, expectedRevision: saved.revision, fields: draft.fields, body: doc('sửa') });
    expect(late).toMatchObject({ ok: false, error: { code: 'MINUTES_FINALIZED' } });

    const noReason = await session.dispatch('minutes.amend', { meetingId: demo.meetingId, expectedRevision: 1, reason: '  ', fields: draft.fields, body: doc('x') });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'reason' })] } });
    const amended = await call<Minutes>('minutes.amend', { meetingId: demo.meetingId, expectedRevision: 1, reason: 'Bổ sung ý kiến', fields: draft.fields, body: doc('Biên bản, bổ sung') });
    expect(amended.versions.map((v) => v.kind)).toEqual(['original', 'amendment']);
    const original = await call<{ body: unknown }>('minutes.version', { id: amended.versions[0]!.id });
    expect(original.body).toEqual(doc('Biên bản'));
  });

  it.each(XSS_FOREIGN_DOCS.map((d) => [JSON.stringify(d).slice(0, 80), d]))('refuses the foreign body %s at the boundary, writing nothing', async (_name, body) => {
    const { session, demo, call } = await at('2021-01-13T08:00:00Z');
    const draft = await call<Minutes>('minutes.get', { meetingId: demo.meetingId });
    const before = await countAllRows(session.archive.db);
    const result = await session.dispatch('minutes.save', { meetingId: demo.meetingId, expectedRevision: draft.revision, fields: draft.fields, body });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ message: expect.stringMatching(/^rich_text\./) })] } });
    expect(await countAllRows(session.archive.db)).toEqual(before);
  });
});
