import { describe, expect, it } from 'vitest';
import type { AuditRecord, MeetingDetail, Minutes, Page } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// Issue 8 review (P1): a meeting's, its minutes' and an attachment's history ("Lịch sử") come
// from the audit log through audit.history, as a person's does.

const at = useDemoSessionAt();

describe('audit.history of meetings, minutes and attachments', () => {
  it("gives a meeting's changes and its minutes' saves and finalize, newest first, with who made them", async () => {
    const { call, demo } = await at('2021-03-06T02:00:00Z');
    const m = await call<MeetingDetail>('meetings.create', { committeeId: demo.committeeId, kind: 'dinh_ky', title: 'Họp định kỳ', startsAt: '2021-03-05T14:00' });
    await call('meetings.update', { id: m.id, title: 'Họp định kỳ quý I' });
    const meeting = await call<Page<AuditRecord>>('audit.history', { entity: 'meeting', entityId: m.id });
    expect(meeting.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(meeting.items.every((e) => e.entity === 'meeting' && e.entityId === m.id && e.actor !== '')).toBe(true);

    const draft = await call<Minutes>('minutes.get', { meetingId: m.id });
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] };
    await call('minutes.save', { meetingId: m.id, expectedRevision: 0, fields: draft.fields, body });
    const saved = await call<Minutes>('minutes.finalize', { meetingId: m.id, expectedRevision: 1 });
    const minutes = await call<Page<AuditRecord>>('audit.history', { entity: 'minutes', entityId: saved.id });
    expect(minutes.items.map((e) => [e.action, (e.detail as { finalized?: boolean }).finalized ?? false])).toEqual([
      ['update', true],
      ['create', false],
    ]);
    const attachment = await call<Page<AuditRecord>>('audit.history', { entity: 'attachment', entityId: 1 });
    expect(attachment.items).toEqual([]);
  });
});
