import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from './connection.js';
import type { DemoSummary } from './demo/load-demo.js';
import { ArchiveError } from './errors.js';
import { committeeHistory } from './history.js';
import { createPerson } from './people.js';
import { type ReconstitutionInput, applyReconstitution, previewReconstitution } from './reconstitution.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, countAllRows, countRows, openDemoArchive, removeTempDirs } from './test-support.js';

// Kiện toàn: one decision ends some memberships and starts or changes others. The preview
// shows what apply writes; apply writes it all in one transaction or nothing.

let archive: Archive;
let demo: DemoSummary;
beforeEach(async () => {
  ({ archive, demo } = await openDemoArchive());
});
afterEach(async () => {
  await archive.close();
  removeTempDirs();
});

const DAY = '2022-03-01';

async function member(fullName: string) {
  const roster = await getRoster(archive.db, demo.committeeId, DAY);
  const m = roster.members.find((x) => x.fullName === fullName);
  if (!m) throw new Error(`${fullName} is not on the demo roster`);
  return m;
}

/** One Phó Trưởng ban relieved, one Ủy viên promoted with a new title, a newcomer appointed. */
async function input(): Promise<ReconstitutionInput> {
  const newcomer = await createPerson(archive.db, { fullName: 'Ngô Thị Hoa', position: 'Giám đốc Sở Nội vụ', organisation: 'Sở Nội vụ' }, TEST_ACTOR);
  return {
    committeeId: demo.committeeId,
    decision: { number: '112-QĐ/TU', signedOn: DAY, issuingBody: 'Tỉnh ủy Thanh Hóa', signer: 'Đỗ Trọng Hưng', signerTitle: 'Bí thư' },
    end: [{ membershipId: (await member('Lê Thị Bình')).membershipId }],
    change: [{ membershipId: (await member('Đỗ Văn Hải')).membershipId, role: 'pho_truong_ban', position: 'Giám đốc Sở Tư pháp' }],
    add: [{ personId: newcomer.id, role: 'uy_vien', position: 'Giám đốc Sở Nội vụ', duty: 'Theo dõi công tác cán bộ' }],
  };
}

const shape = (members: Array<{ personId: number; role: string; position: string | null; duty: string | null; fromDate: string }>) =>
  members.map((m) => ({ personId: m.personId, role: m.role, position: m.position, duty: m.duty, fromDate: m.fromDate }));

describe('reconstitution', () => {
  it('preview shows the roster before and after; apply writes exactly the "after", keeping the past', async () => {
    const request = await input();
    const counts = await countAllRows(archive.db);
    const preview = await previewReconstitution(archive.db, request);
    expect(await countAllRows(archive.db)).toEqual(counts);
    expect(preview.effectiveDate).toBe(DAY);
    expect(preview.before.map((m) => m.fullName)).toContain('Lê Thị Bình');
    expect(preview.after.map((m) => m.fullName)).not.toContain('Lê Thị Bình');
    expect(preview.after.map((m) => `${m.fullName}: ${m.roleName}`)).toEqual([
      'Trịnh Tuấn Sinh: Trưởng ban',
      'Nguyễn Văn An: Phó Trưởng ban thường trực',
      'Đỗ Văn Hải: Phó Trưởng ban',
      'Phạm Văn Cường: Ủy viên',
      'Hoàng Thị Dung: Ủy viên',
      'Ngô Thị Hoa: Ủy viên',
      'Trần Thị Lan: Thư ký',
    ]);

    const result = await applyReconstitution(archive.db, request, TEST_ACTOR);
    expect(result.decision).toMatchObject({ number: '112-QĐ/TU', signedOn: DAY, issuingBody: 'Tỉnh ủy Thanh Hóa', kind: 'kien_toan' });
    expect(result.ended).toHaveLength(2);
    expect(result.started).toHaveLength(2);
    expect(shape(result.roster.members)).toEqual(shape(preview.after));
    expect(result.roster.members.filter((m) => m.fromDate === DAY).every((m) => m.decisionNumber === '112-QĐ/TU')).toBe(true);
    // The day before, the roster is as it was: Hải still Ủy viên with his old title.
    const dayBefore = await getRoster(archive.db, demo.committeeId, '2022-02-28');
    expect(shape(dayBefore.members)).toEqual(shape(preview.before));
    expect(dayBefore.members.find((m) => m.fullName === 'Đỗ Văn Hải')).toMatchObject({ role: 'uy_vien', position: 'Chánh Thanh tra tỉnh' });
    // The committee's history names the decision with what it changed.
    const [latest] = (await committeeHistory(archive.db, demo.committeeId)).items;
    expect(latest?.decision.number).toBe('112-QĐ/TU');
    expect(latest?.ended.map((m) => m.fullName).sort()).toEqual(['Lê Thị Bình', 'Đỗ Văn Hải']);
    expect(latest?.started.map((m) => `${m.fullName}: ${m.role}`).sort()).toEqual(['Ngô Thị Hoa: uy_vien', 'Đỗ Văn Hải: pho_truong_ban']);
  });

  it('a failure midway changes nothing: decision, ended terms and audit entries are rolled back', async () => {
    const request = await input();
    const newcomer = request.add![0]!.personId;
    // The archive itself refuses the last write of the reconstitution (after the decision
    // and both ends were written): a real SQLite abort in the middle of the transaction.
    await sql
      .raw(`create temp trigger refuse_newcomer before insert on main.memberships when new.person_id = ${newcomer}
        begin select raise(abort, 'refused for the test'); end`)
      .execute(archive.db);
    const counts = await countAllRows(archive.db);
    const rosterBefore = await getRoster(archive.db, demo.committeeId, DAY);
    await expect(applyReconstitution(archive.db, request, TEST_ACTOR)).rejects.toThrow(/refused for the test/);
    expect(await countAllRows(archive.db)).toEqual(counts);
    expect(await getRoster(archive.db, demo.committeeId, DAY)).toEqual(rosterBefore);
    const ended = await archive.db.selectFrom('memberships').select('id').where('to_date', '=', DAY).execute();
    expect(ended).toEqual([]);
    await sql`drop trigger temp.refuse_newcomer`.execute(archive.db);
    await applyReconstitution(archive.db, request, TEST_ACTOR);
    expect((await archive.db.selectFrom('memberships').select('id').where('to_date', '=', DAY).execute()).length).toBe(2);
  });

  it.each([
    ['a member not on the roster that day', async (r: ReconstitutionInput) => ({ ...r, end: [{ membershipId: 99999 }] }), 'end.0.membershipId'],
    ['a membership named twice', async (r: ReconstitutionInput) => ({ ...r, end: [...r.end!, { membershipId: r.end![0]!.membershipId }] }), 'end.1.membershipId'],
    ['a role the committee does not have', async (r: ReconstitutionInput) => ({ ...r, add: [{ ...r.add![0]!, role: 'r9' }] }), 'add.0.role'],
    [
      'a member whose term starts on the effective day',
      async (r: ReconstitutionInput) => ({ ...r, effectiveDate: '2020-10-26' }),
      'end.0.membershipId',
    ],
  ])('refuses %s, writing nothing', async (_name, change, field) => {
    const request = await change(await input());
    const counts = await countAllRows(archive.db);
    for (const run of [() => previewReconstitution(archive.db, request), () => applyReconstitution(archive.db, request, TEST_ACTOR)]) {
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ArchiveError);
      expect(error).toMatchObject({ code: 'CONFLICT', details: { field } });
    }
    expect(await countAllRows(archive.db)).toEqual(counts);
  });

  it('warns (never refuses) when an appointed person is already on the roster', async () => {
    const request = await input();
    const sinh = await member('Trịnh Tuấn Sinh');
    const preview = await previewReconstitution(archive.db, { ...request, add: [{ personId: sinh.personId, role: 'uy_vien' }] });
    expect(preview.warnings).toEqual([expect.objectContaining({ code: 'already_member', ids: [sinh.membershipId] })]);
  });

  it('appoints a person not yet in the directory: created with the decision, in the same transaction, in name order', async () => {
    const request = await input();
    const people = await countRows(archive.db, 'people');
    const withNew: ReconstitutionInput = {
      ...request,
      add: [...request.add!, { newPerson: { fullName: 'Lê Văn Bảo', position: 'Giám đốc Sở Y tế', organisation: 'Sở Y tế' }, role: 'uy_vien', position: 'Giám đốc Sở Y tế' }],
    };
    const preview = await previewReconstitution(archive.db, withNew);
    expect(await countRows(archive.db, 'people')).toBe(people);
    // Ủy viên in Vietnamese order by given name: Bảo before Cường, Dung, Hoa.
    expect(preview.after.filter((m) => m.role === 'uy_vien').map((m) => m.fullName)).toEqual(['Lê Văn Bảo', 'Phạm Văn Cường', 'Hoàng Thị Dung', 'Ngô Thị Hoa']);
    expect(preview.warnings).toEqual([]);

    const result = await applyReconstitution(archive.db, withNew, TEST_ACTOR);
    expect(await countRows(archive.db, 'people')).toBe(people + 1);
    const bao = result.roster.members.find((m) => m.fullName === 'Lê Văn Bảo');
    expect(bao).toMatchObject({ role: 'uy_vien', position: 'Giám đốc Sở Y tế', organisation: 'Sở Y tế', fromDate: DAY, decisionNumber: '112-QĐ/TU' });
    expect(shape(result.roster.members).map((m) => m.role)).toEqual(shape(preview.after).map((m) => m.role));
    expect(result.roster.members.map((m) => m.fullName)).toEqual(preview.after.map((m) => m.fullName));
    // Searchable like any person (people_words written).
    const created = await archive.db.selectFrom('audit_log').select('entity').where('entity', '=', 'person').where('entity_id', '=', bao!.personId).execute();
    expect(created).toHaveLength(1);
  });

  it('a new person is rolled back with the rest when the reconstitution fails', async () => {
    const request = await input();
    await sql
      .raw(`create temp trigger refuse_last before insert on main.memberships when new.role = 'thu_ky'
        begin select raise(abort, 'refused for the test'); end`)
      .execute(archive.db);
    const counts = await countAllRows(archive.db);
    const failing: ReconstitutionInput = {
      ...request,
      add: [{ newPerson: { fullName: 'Lê Văn Bảo', organisation: 'Sở Y tế' }, role: 'uy_vien' }, { newPerson: { fullName: 'Vũ Thị Mai' }, role: 'thu_ky' }],
    };
    await expect(applyReconstitution(archive.db, failing, TEST_ACTOR)).rejects.toThrow(/refused for the test/);
    expect(await countAllRows(archive.db)).toEqual(counts);
  });

  it('warns of a likely duplicate when the new person looks like one already in the directory', async () => {
    const request = await input();
    const lan = await member('Trần Thị Lan');
    const preview = await previewReconstitution(archive.db, {
      ...request,
      add: [{ newPerson: { fullName: 'tran thi lan' }, role: 'uy_vien' }],
    });
    expect(preview.warnings).toEqual([expect.objectContaining({ code: 'possible_duplicate_person', ids: [lan.personId] })]);
  });

  it('uses an existing decision and its date', async () => {
    const request = await input();
    const first = await applyReconstitution(archive.db, { ...request, change: [], add: [] }, TEST_ACTOR);
    const again = await previewReconstitution(archive.db, {
      committeeId: demo.committeeId,
      decision: { id: first.decision.id },
      end: [{ membershipId: (await member('Trần Thị Lan')).membershipId }],
    });
    expect(again.effectiveDate).toBe(DAY);
    expect(again.before.map((m) => m.fullName)).not.toContain('Lê Thị Bình');
    expect(again.after.map((m) => m.fullName)).not.toContain('Trần Thị Lan');
  });
});
