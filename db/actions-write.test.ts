import { describe, expect, it } from 'vitest';
import { addProgress, completeAction, createAction, createActionsFromConclusion, deleteAction, holdAction, reopenAction, resumeAction, updateAction } from './actions-write.js';
import { getAction, listActions } from './actions.js';
import { ArchiveError } from './errors.js';
import { type ActionsFixture, auditOf, makeActionsFixture } from './test-actions.js';
import { TEST_ACTOR, countRows, useTempArchive } from './test-support.js';

const TODAY = '2021-04-20';

async function refusal(p: Promise<unknown>): Promise<{ code: string; issues?: unknown }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ArchiveError) return { code: error.code, issues: error.details?.issues };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('actions: writes', () => {
  const t = useTempArchive();
  let f: ActionsFixture;
  const setup = async () => (f = await makeActionsFixture(t.db));

  it('a directive gives several actions; each takes the conclusion\'s committee and date, its owners, and is audited', async () => {
    await setup();
    const a = await createAction(t.db, { conclusionItemId: f.items[0]!, title: 'Trình quyết định kiện toàn', deadline: '2021-03-31', owner: { personId: f.people.an }, coOwners: [{ unitName: 'Sở Nội vụ' }] }, TODAY, TEST_ACTOR);
    const b = await createAction(t.db, { conclusionItemId: f.items[0]!, title: 'Phân công nhiệm vụ thành viên', owner: { unitName: 'Văn phòng Tỉnh ủy' } }, TODAY, TEST_ACTOR);
    expect(a).toMatchObject({ committeeId: f.committeeId, conclusionId: f.conclusionId, conclusionNumber: 1, assignedOn: '2021-01-13', status: 'overdue' });
    expect(a.owners).toEqual([
      { personId: f.people.an, unitName: null, name: 'Nguyễn Văn An', lead: true },
      { personId: null, unitName: 'Sở Nội vụ', name: 'Sở Nội vụ', lead: false },
    ]);
    expect(b).toMatchObject({ status: 'no_deadline', leadOwner: { name: 'Văn phòng Tỉnh ủy' } });
    expect((await listActions(t.db, { conclusionItemId: f.items[0]! }, TODAY, 3)).total).toBe(2);
    const entries = await auditOf(t.db, 'action', a.id);
    expect(entries.map((e) => e.action)).toEqual(['create']);
    expect(JSON.parse(entries[0]!.detail_json!)).toMatchObject({ conclusionItemId: f.items[0], title: 'Trình quyết định kiện toàn' });
  });

  it('a standalone action is given today unless told; an owner twice or a deadline before the assignment is refused, nothing written', async () => {
    await setup();
    const a = await createAction(t.db, { committeeId: f.committeeId, title: 'Tổng hợp báo cáo quý', deadline: '2021-04-22', owner: { personId: f.people.binh } }, TODAY, TEST_ACTOR);
    expect(a).toMatchObject({ conclusionId: null, assignedOn: TODAY, status: 'due_soon' });
    const before = await countRows(t.db, 'actions');
    expect(await refusal(createAction(t.db, { committeeId: f.committeeId, title: 'x', owner: { personId: f.people.an }, coOwners: [{ personId: f.people.an }] }, TODAY, TEST_ACTOR))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'coOwners', message: 'owner_twice' }],
    });
    expect(await refusal(createAction(t.db, { committeeId: f.committeeId, title: 'x', deadline: '2021-04-01', owner: { personId: f.people.an } }, TODAY, TEST_ACTOR))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'deadline', message: 'deadline_before_assigned' }],
    });
    expect(await refusal(createAction(t.db, { committeeId: f.committeeId, title: 'x', owner: { personId: 9999 } }, TODAY, TEST_ACTOR))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await countRows(t.db, 'actions')).toBe(before);
    expect(await countRows(t.db, 'action_owners')).toBe(1);
  });

  it('"every directive into actions" writes one action per item in one transaction; a missing item writes none', async () => {
    await setup();
    const owners = [f.people.an, f.people.binh, f.people.head];
    const missing = await refusal(
      createActionsFromConclusion(t.db, { conclusionId: f.conclusionId, deadline: '2021-06-30', items: f.items.slice(0, 2).map((id, i) => ({ conclusionItemId: id, owner: { personId: owners[i]! } })) }, TODAY, TEST_ACTOR),
    );
    expect(missing).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'items', message: 'item_without_action' }] });
    expect(await countRows(t.db, 'actions')).toBe(0);
    expect(await countRows(t.db, 'audit_log')).toBe(0);

    const made = await createActionsFromConclusion(
      t.db,
      { conclusionId: f.conclusionId, deadline: '2021-06-30', items: f.items.map((id, i) => ({ conclusionItemId: id, owner: { personId: owners[i]! }, ...(i === 2 ? { deadline: null } : {}) })) },
      TODAY,
      TEST_ACTOR,
    );
    expect(made.actions.map((a) => [a.title, a.deadline, a.leadOwner?.name, a.status])).toEqual([
      ['Kiện toàn Ban Chỉ đạo, phân công nhiệm vụ cho thành viên', '2021-06-30', 'Nguyễn Văn An', 'in_progress'],
      ['Đẩy mạnh cải cách hành chính', '2021-06-30', 'Lê Thị Bình', 'in_progress'],
      ['Tăng cường kiểm tra, giám sát ở cơ sở', null, 'Trịnh Tuấn Sinh', 'no_deadline'],
    ]);
    expect(await countRows(t.db, 'audit_log')).toBe(3);
  });

  it('progress, completion late with evidence, hold and resume, reopen: each audited, status follows', async () => {
    await setup();
    const a = await createAction(t.db, { conclusionItemId: f.items[1]!, title: 'Cải cách hành chính', deadline: '2021-03-31', owner: { personId: f.people.binh } }, TODAY, TEST_ACTOR);
    const p = await addProgress(t.db, { actionId: a.id, reportedOn: '2021-03-15', text: 'Đã rà soát 120 thủ tục' }, TODAY, TEST_ACTOR);
    expect(p.progress).toMatchObject([{ reportedOn: '2021-03-15', text: 'Đã rà soát 120 thủ tục', attachmentId: null }]);
    expect(await refusal(addProgress(t.db, { actionId: a.id, reportedOn: '2021-04-21', text: 'x' }, TODAY, TEST_ACTOR))).toMatchObject({ issues: [{ path: 'reportedOn', message: 'date_in_future' }] });

    const held = await holdAction(t.db, a.id, 'Chờ hướng dẫn của Trung ương', TODAY, TEST_ACTOR);
    expect(held).toMatchObject({ status: 'on_hold', holdReason: 'Chờ hướng dẫn của Trung ương' });
    expect(await refusal(holdAction(t.db, a.id, 'again', TODAY, TEST_ACTOR))).toMatchObject({ issues: [{ message: 'already_on_hold' }] });
    expect(await resumeAction(t.db, a.id, TODAY, TEST_ACTOR)).toMatchObject({ status: 'overdue', onHold: false, holdReason: null });

    const done = await completeAction(t.db, { id: a.id, completedOn: '2021-04-02', evidenceText: 'Quyết định 123/QĐ-UBND' }, TODAY, TEST_ACTOR);
    expect(done).toMatchObject({ status: 'done_late', completedOn: '2021-04-02', evidenceText: 'Quyết định 123/QĐ-UBND' });
    // As of the deadline day it was still open, and due.
    expect((await getAction(t.db, a.id, '2021-03-31', 3)).status).toBe('due_soon');
    expect(await refusal(completeAction(t.db, { id: a.id, completedOn: '2021-04-03' }, TODAY, TEST_ACTOR))).toMatchObject({ issues: [{ message: 'already_completed' }] });
    expect(await reopenAction(t.db, a.id, 'Nhập nhầm', TODAY, TEST_ACTOR)).toMatchObject({ status: 'overdue', completedOn: null, evidenceText: null });

    const entries = await auditOf(t.db, 'action', a.id);
    expect(entries.map((e) => Object.keys(JSON.parse(e.detail_json!))[0])).toEqual(['committeeId', 'hold', 'resume', 'complete', 'reopen']);
    expect(await auditOf(t.db, 'progress_update', p.progress[0]!.id)).toHaveLength(1);
  });

  it('update replaces owners and dates; delete is refused once progress is recorded', async () => {
    await setup();
    const a = await createAction(t.db, { committeeId: f.committeeId, title: 'Việc A', owner: { personId: f.people.an } }, TODAY, TEST_ACTOR);
    const u = await updateAction(t.db, a.id, { deadline: '2021-05-31', owner: { unitName: 'Sở Tư pháp' }, coOwners: [{ personId: f.people.binh }] }, TODAY, TEST_ACTOR);
    expect(u.owners.map((o) => [o.name, o.lead])).toEqual([['Sở Tư pháp', true], ['Lê Thị Bình', false]]);
    expect(u.status).toBe('in_progress');
    await addProgress(t.db, { actionId: a.id, reportedOn: TODAY, text: 'Bắt đầu' }, TODAY, TEST_ACTOR);
    expect(await refusal(deleteAction(t.db, a.id, TEST_ACTOR))).toMatchObject({ code: 'HAS_DEPENDENTS' });
    const b = await createAction(t.db, { committeeId: f.committeeId, title: 'Việc B', owner: { personId: f.people.an } }, TODAY, TEST_ACTOR);
    await deleteAction(t.db, b.id, TEST_ACTOR);
    expect(await refusal(getAction(t.db, b.id, TODAY, 3))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await auditOf(t.db, 'action', b.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
