import { describe, expect, it } from 'vitest';
import type { ActionChase, ActionDetail, ActionPage, ActionsCreated, AgendaItem, ExportedFile } from '../contract.js';
import { useDemoSessionAt } from './test-demo-session.js';

// The actions' commands at the boundary: inputs checked by the contract, "today" the archive's
// (Asia/Ho_Chi_Minh), the due-soon setting read by every status, typed refusals.

const at = useDemoSessionAt();

describe('actions commands', () => {
  it('turn the demo conclusion into actions, then the archive\'s midnight (not UTC\'s) makes one overdue', async () => {
    // 31/03/2021 17:30 UTC is 00:30 on 01/04 in Hà Nội.
    const { session, demo, call } = await at('2021-03-31T17:30:00Z');
    const items = await session.archive.db.selectFrom('conclusion_items').select('id').where('conclusion_id', '=', demo.conclusionId).orderBy('position').execute();
    const owner = { unitName: 'Tổ công tác số 2' };
    const made = await call<ActionsCreated>('actions.createFromConclusion', {
      conclusionId: demo.conclusionId,
      deadline: '2021-03-31',
      items: items.map((i) => ({ conclusionItemId: i.id, owner })),
    });
    expect(made.actions).toHaveLength(items.length);
    expect(made.actions.every((a) => a.status === 'overdue')).toBe(true);
    const page = await call<ActionPage>('actions.list', { conclusionId: demo.conclusionId, owner, statuses: ['overdue'] });
    expect(page).toMatchObject({ asOf: '2021-04-01', total: items.length, dueSoonDays: 3 });
    // As of 31/03 (the deadline day) they were due soon.
    const before = await call<ActionPage>('actions.list', { conclusionId: demo.conclusionId, owner, statuses: ['due_soon'], asOf: '2021-03-31' });
    expect(before.total).toBe(items.length);
    const chase = await call<ActionChase>('actions.chase', {});
    expect(chase.figures.find((f) => f.key === 'overdue')?.count).toBeGreaterThanOrEqual(items.length);
  });

  it('the due-soon window is the setting actions.dueSoonDays', async () => {
    const { demo, call } = await at('2021-04-01T03:00:00Z');
    const a = await call<ActionDetail>('actions.create', { committeeId: demo.committeeId, title: 'Báo cáo', deadline: '2021-04-08', owner: { unitName: 'Văn phòng' } });
    expect(a.status).toBe('in_progress');
    await call('settings.set', { key: 'actions.dueSoonDays', value: 7 });
    expect((await call<ActionDetail>('actions.get', { id: a.id })).status).toBe('due_soon');
    const bad = await call('settings.set', { key: 'actions.dueSoonDays', value: 61 }).catch((e: Error) => e.message);
    expect(bad).toMatch(/VALIDATION/);
  });

  it('refusals are typed Results: contract checks, the core\'s own, and unknown records', async () => {
    const { session, demo, call } = await at('2021-04-01T03:00:00Z');
    const both = await session.dispatch('actions.create', { committeeId: demo.committeeId, conclusionItemId: 1, title: 'x', owner: { unitName: 'A' } });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'committeeId', message: 'committee_or_item' })] } });
    const reversed = await session.dispatch('actions.list', { deadlineFrom: '2021-05-01', deadlineTo: '2021-04-01' });
    expect(reversed).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'deadlineTo', message: 'range_reversed' })] } });
    const a = await call<ActionDetail>('actions.create', { committeeId: demo.committeeId, title: 'Việc', owner: { unitName: 'Sở Nội vụ' } });
    const future = await session.dispatch('actions.complete', { id: a.id, completedOn: '2021-04-02' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'completedOn', message: 'date_in_future' }] } });
    expect(await session.dispatch('actions.get', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the report and the two documents come back as files; carry-forward adds the agenda item', async () => {
    const { session, demo, call } = await at('2021-04-01T03:00:00Z');
    const chair = await session.archive.db.selectFrom('meetings').select('chair_person_id').where('id', '=', demo.meetingId).executeTakeFirstOrThrow();
    const person = chair.chair_person_id as number;
    await call<ActionDetail>('actions.create', { committeeId: demo.committeeId, title: 'Việc quá hạn', assignedOn: '2021-02-01', deadline: '2021-03-01', owner: { personId: person } });
    const xlsx = await call<ExportedFile>('reports.exportXlsx', { committeeId: demo.committeeId });
    expect(xlsx.fileName).toBe('bao-cao-nhiem-vu-2021-04-01.xlsx');
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const tasks = await call<ExportedFile>('actions.memberTasksDocx', { personId: person, committeeId: demo.committeeId });
    expect(tasks.fileName).toBe(`danh-sach-nhiem-vu-${person}.docx`);
    const reminder = await call<ExportedFile>('actions.reminderDocx', { owner: { personId: person }, committeeId: demo.committeeId });
    expect(Buffer.from(reminder.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const next = await call<{ id: number }>('meetings.create', { committeeId: demo.committeeId, kind: 'dinh_ky', title: 'Họp quý II', startsAt: '2021-04-15T08:00' });
    const agenda = await call<AgendaItem[]>('actions.carryForward', { meetingId: next.id });
    expect(agenda.at(-1)).toMatchObject({ title: 'Kiểm điểm việc thực hiện kết luận', notes: expect.stringContaining('Việc quá hạn') });
  });
});

describe('an action\'s history', () => {
  it('audit.history lists its writes, newest first', async () => {
    const { demo, call } = await at('2021-04-01T03:00:00Z');
    const a = await call<ActionDetail>('actions.create', { committeeId: demo.committeeId, title: 'Việc', owner: { unitName: 'Sở Nội vụ' } });
    await call('actions.hold', { id: a.id, reason: 'Chờ hướng dẫn' });
    await call('actions.resume', { id: a.id });
    const history = await call<{ items: Array<{ action: string; detail: Record<string, unknown> }> }>('audit.history', { entity: 'action', entityId: a.id });
    expect(history.items.map((e) => [e.action, Object.keys(e.detail)[0]])).toEqual([
      ['update', 'resume'],
      ['update', 'hold'],
      ['create', 'committeeId'],
    ]);
  });
});
