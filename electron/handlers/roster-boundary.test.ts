import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoSummary } from '../../db/demo/load-demo.js';
import { loadDemo } from '../../db/demo/load-demo.js';
import { TEST_ACTOR, countAllRows, removeTempDirs, tempArchivePath } from '../../db/test-support.js';
import {
  type CommitteeSaved,
  type Decision,
  type Page,
  type ReconstitutionPreview,
  type Roster,
} from '../contract.js';
import { type Session, openSession } from './session.js';

// The roster commands at the boundary: every new text field goes through safeText, files
// and codes are checked by the contract, and nothing is written when it refuses.

let session: Session;
let demo: DemoSummary;
beforeEach(async () => {
  session = await openSession(tempArchivePath(), 'browser', { create: true });
  demo = await loadDemo(session.archive.db, TEST_ACTOR);
});
afterEach(() => session.close());
afterAll(removeTempDirs);

async function refused(name: string, input: unknown) {
  const before = await countAllRows(session.archive.db);
  const result = await session.dispatch(name, input);
  expect(await countAllRows(session.archive.db)).toEqual(before);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('VALIDATION');
  return result.error.issues ?? [];
}

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await session.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const decision = () => ({ committeeId: demo.committeeId, number: '112-QĐ/TU', signedOn: '2022-03-01' });
const membership = () => ({ personId: 1, committeeId: demo.committeeId, role: 'uy_vien', fromDate: '2022-03-01' });

const textFields: Array<[string, string, () => Record<string, unknown>, string?]> = [
  ['committees.create', 'issuingBody', () => ({ name: 'BCĐ', level: 'xa' })],
  ['committees.create', 'symbol', () => ({ name: 'BCĐ', level: 'xa' })],
  ['decisions.create', 'number', decision],
  ['decisions.create', 'issuingBody', decision],
  ['decisions.create', 'signer', decision],
  ['decisions.create', 'signerTitle', decision],
  ['decisions.create', 'summary', decision],
  ['memberships.create', 'position', membership],
  ['memberships.create', 'duty', membership],
  ['people.findDuplicates', 'fullName', () => ({ fullName: 'Lê Bình' })],
  ['people.findDuplicates', 'organisation', () => ({ fullName: 'Lê Bình' })],
  ['committees.setRoles', 'roles', () => ({ committeeId: 1 }), 'roles.0.name'],
  ['roster.reconstitution.preview', 'add', () => ({ committeeId: 1, decision: { id: 1 } }), 'add.0.position'],
];

describe('roster commands at the boundary', () => {
  it.each(textFields)('%s %s: a control character is refused with a field-level issue', async (name, field, base, path) => {
    const bad = 'Lê\u0000Bình';
    const input = path === 'roles.0.name' ? { ...base(), roles: [{ name: bad }] } : path === 'add.0.position' ? { ...base(), add: [{ personId: 1, role: 'uy_vien', position: bad }] } : { ...base(), [field]: bad };
    expect(await refused(name, input)).toContainEqual({ path: path ?? field, message: 'control_character' });
  });

  it('a scan given as no attachment id, a role code that is no code, one person merged into itself', async () => {
    expect(await refused('decisions.setScan', { decisionId: 1, attachmentId: 'QD.pdf' })).toContainEqual(expect.objectContaining({ path: 'attachmentId' }));
    expect(await refused('memberships.create', { ...membership(), role: 'Ủy viên' })).toContainEqual({ path: 'role', message: 'role_code' });
    expect(await refused('people.merge', { keepId: 3, mergeId: 3 })).toContainEqual({ path: 'mergeId', message: 'same_person' });
    expect(await refused('committees.update', { id: 1, timeZone: 'Mars/Olympus' })).toContainEqual({ path: 'timeZone', message: 'time_zone' });
  });

  it('the issuing body is stored in capitals; a duplicate name answers with a warning', async () => {
    const saved = await value<CommitteeSaved>('committees.create', {
      name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
      level: 'tinh',
      issuingBody: 'ban chỉ đạo',
    });
    expect(saved.issuingBody).toBe('BAN CHỈ ĐẠO');
    expect(saved.warnings).toEqual([expect.objectContaining({ code: 'duplicate_committee_name', ids: [demo.committeeId] })]);
  });

  it('reconstitution through the dispatch: preview then apply, the roster of the day before unchanged', async () => {
    const roster = await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2022-03-01' });
    const binh = roster.members.find((m) => m.fullName === 'Lê Thị Bình')!;
    const input = { committeeId: demo.committeeId, decision: { number: '112-QĐ/TU', signedOn: '2022-03-01' }, end: [{ membershipId: binh.membershipId }] };
    const preview = await value<ReconstitutionPreview>('roster.reconstitution.preview', input);
    expect(preview.after).toHaveLength(roster.members.length - 1);
    await value('roster.reconstitution.apply', input);
    expect((await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2022-03-01' })).members).toEqual(preview.after);
    // The day before is as it was (Bình's term now shows its end, the day the decision took effect).
    const dayBefore = await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2022-02-28' });
    expect(dayBefore.members.map((m) => [m.membershipId, m.role, m.position])).toEqual(roster.members.map((m) => [m.membershipId, m.role, m.position]));
    expect(dayBefore.members.find((m) => m.membershipId === binh.membershipId)?.toDate).toBe('2022-03-01');
    const decisions = await value<Page<Decision>>('decisions.list', { committeeId: demo.committeeId });
    expect(decisions.items[0]).toMatchObject({ number: '112-QĐ/TU', kind: 'kien_toan' });
  });

  // R-C (issue 7 fixes)
  it('relieving a member before their term started is refused with a typed detail naming the person and the dates', async () => {
    const roster = await value<Roster>('roster.get', { committeeId: demo.committeeId, asOf: '2022-03-01' });
    const binh = roster.members.find((m) => m.fullName === 'Lê Thị Bình')!;
    const before = await countAllRows(session.archive.db);
    const result = await session.dispatch('memberships.end', { id: binh.membershipId, toDate: '2019-01-01' });
    expect(await countAllRows(session.archive.db)).toEqual(before);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { kind: 'ends_before_start', fullName: 'Lê Thị Bình', fromDate: binh.fromDate, toDate: '2019-01-01' } },
    });
    // The same refusal from a reconstitution that takes effect before the term started.
    const early = await session.dispatch('roster.reconstitution.preview', {
      committeeId: demo.committeeId,
      decision: { number: '1-QĐ/TU', signedOn: binh.fromDate },
      end: [{ membershipId: binh.membershipId }],
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', detail: { kind: 'ends_before_start', fullName: 'Lê Thị Bình', toDate: binh.fromDate } } });
    // …and from one dated before it (the end-membership form is such a reconstitution).
    const earlier = await session.dispatch('roster.reconstitution.apply', {
      committeeId: demo.committeeId,
      decision: { number: '1-QĐ/TU', signedOn: '2019-01-01' },
      end: [{ membershipId: binh.membershipId }],
    });
    expect(earlier).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { kind: 'ends_before_start', fullName: 'Lê Thị Bình', fromDate: binh.fromDate, toDate: '2019-01-01' } },
    });
    expect(await countAllRows(session.archive.db)).toEqual(before);
  });

  it('a reconstitution appoints a new person through the dispatch; an add names one person, never both or none', async () => {
    const base = { committeeId: demo.committeeId, decision: { number: '112-QĐ/TU', signedOn: '2022-03-01' } };
    const issues = await refused('roster.reconstitution.preview', { ...base, add: [{ personId: 1, newPerson: { fullName: 'Lê Văn Bảo' }, role: 'uy_vien' }] });
    expect(issues).toContainEqual({ path: 'add.0.personId', message: 'person_or_new' });
    expect(await refused('roster.reconstitution.preview', { ...base, add: [{ role: 'uy_vien' }] })).toContainEqual({ path: 'add.0.personId', message: 'person_or_new' });
    expect(await refused('roster.reconstitution.apply', { ...base, add: [{ newPerson: { fullName: '  ' }, role: 'uy_vien' }] })).toContainEqual(
      expect.objectContaining({ path: 'add.0.newPerson.fullName' }),
    );
    const applied = await value<{ roster: Roster }>('roster.reconstitution.apply', {
      ...base,
      add: [{ newPerson: { fullName: 'Lê Văn Bảo', position: 'Giám đốc Sở Y tế', organisation: 'Sở Y tế' }, role: 'uy_vien' }],
    });
    expect(applied.roster.members.find((m) => m.fullName === 'Lê Văn Bảo')).toMatchObject({ organisation: 'Sở Y tế', role: 'uy_vien' });
    const found = await value<Page<{ fullName: string }>>('people.list', { query: 'bao' });
    expect(found.items.map((p) => p.fullName)).toContain('Lê Văn Bảo');
  });
});
