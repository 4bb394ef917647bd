import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-chain.js';
import { type Archive, openArchive } from '../connection.js';
import type { DemoSummary } from '../demo/load-demo.js';
import { ArchiveError } from '../errors.js';
import { listPeople } from '../people-list.js';
import { createPerson, findDuplicates } from '../people.js';
import { refreshPersonKeys } from '../people-keys.js';
import { getRoster } from '../roster.js';
import { listRoles, setRoles } from '../committee-roles.js';
import { TEST_ACTOR, countAllRows, createDemoFile, openDemoArchive, openRaw, removeTempDirs, sha256File } from '../test-support.js';
import { applyImport } from './apply.js';
import { fileHash, previewImport } from './preview.js';
import { HEADERS_VI, csvBytes, memberRow } from './test-files.js';

const fixtures = path.resolve(import.meta.dirname, '../../e2e/fixtures/roster-import');
const fixture = (name: string) => ({ fileName: name, bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, name))) });
const csv = (rows: string[][]) => ({ fileName: 'ds.csv', bytes: csvBytes([HEADERS_VI, ...rows]) });

let archive: Archive;
let demo: DemoSummary;
beforeEach(async () => {
  ({ archive, demo } = await openDemoArchive());
});
afterEach(() => archive?.close());
afterAll(removeTempDirs);

describe('roster import: preview', () => {
  it('maps the columns, checks every row, and writes nothing', async () => {
    const before = await countAllRows(archive.db);
    const preview = await previewImport(archive.db, demo.committeeId, fixture('good.csv'));
    expect(preview).toMatchObject({ format: 'csv', delimiter: ';', headerRow: 1, missingFields: [], errors: [] });
    expect(preview.columns.map((c) => c.field)).toEqual([null, 'fullName', 'position', 'organisation', 'role', 'duty', 'fromDate', 'toDate', 'decision']);
    expect(preview.summary).toEqual({ rows: 3, newPeople: 3, existingPeople: 0, memberships: 3, newDecisions: 1 });
    expect(preview.fileHash).toBe(fileHash(fixture('good.csv').bytes));
    expect(await countAllRows(archive.db)).toEqual(before);

    const bad = await previewImport(archive.db, demo.committeeId, fixture('bad.csv'));
    expect(bad.errors).toEqual([{ row: 4, column: 'Từ ngày', field: 'fromDate', code: 'impossible_date', message: 'Ngày không hợp lệ: "31/02/2021" (cần một ngày có thật, dạng dd/mm/yyyy).' }]);
  });

  it('warns (not refuses) a new person whose name the archive has with another organisation, and imports the row', async () => {
    const file = csv([
      // The archive has "Trịnh Tuấn Sinh, Tỉnh ủy Thanh Hóa": "Tỉnh ủy" is another organisation, so a new person.
      memberRow(1, 'Trịnh Tuấn Sinh', { organisation: 'Tỉnh ủy', role: 'Ủy viên', from: '01/01/2021' }),
      // A name the archive does not know: no warning.
      memberRow(2, 'Người Mới', { from: '01/01/2021' }),
      // The same person as the archive's (same organisation): found, no warning (and here a duplicate term).
      memberRow(3, 'Trịnh Tuấn Sinh', { organisation: 'Tỉnh ủy Thanh Hóa', from: '01/01/2015', to: '01/01/2016' }),
    ]);
    const preview = await previewImport(archive.db, demo.committeeId, file);
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([
      {
        row: 2,
        column: 'Họ và tên',
        candidates: [{ id: expect.any(Number), fullName: 'Trịnh Tuấn Sinh', organisation: 'Tỉnh ủy Thanh Hóa' }],
        message: expect.stringContaining('Có thể trùng với Trịnh Tuấn Sinh (Tỉnh ủy Thanh Hóa)'),
      },
    ]);
    expect(preview.rows.find((r) => r.row === 2)!.personId).toBeNull();
    expect(preview.rows.find((r) => r.row === 4)!.personId).toBe(preview.warnings[0]!.candidates[0]!.id);
    // A warning, not an error: the clerk can still import; the row makes a second person.
    const result = await applyImport(archive.db, demo.committeeId, file, preview.fileHash, TEST_ACTOR);
    expect(result).toMatchObject({ memberships: 3, newPeople: 2, existingPeople: 1 });
  });

  it('finds duplicates with the archive: same folded name + organisation over an overlapping term', async () => {
    const preview = await previewImport(
      archive.db,
      demo.committeeId,
      csv([
        // In office since 26/10/2020: the same person, written without diacritics.
        memberRow(1, 'TRINH TUAN SINH', { organisation: 'Tinh uy Thanh Hoa', from: '01/01/2021' }),
        // His term ended on 26/10/2020 (exclusive): a new term from that day is no duplicate.
        memberRow(2, 'Vũ Văn Minh', { organisation: 'Thanh tra tỉnh', from: '26/10/2020', decision: '25-QĐ/TU' }),
        // A term that ended before his began overlaps nothing either… but one reaching into it does.
        memberRow(3, 'Vũ Văn Minh', { organisation: 'Thanh tra tỉnh', from: '01/01/2015', to: '01/01/2017', decision: '' }),
        // Same name, other organisation: another person.
        memberRow(4, 'Trịnh Tuấn Sinh', { organisation: 'Huyện ủy Thọ Xuân', from: '01/01/2021' }),
        // The archive's decision with another date.
        memberRow(5, 'Người Mới', { decision: '25-QĐ/TU ngày 27/10/2020' }),
      ]),
    );
    expect(preview.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [2, 'Họ và tên', 'duplicate_in_archive', 'Người này đã là thành viên của Ban Chỉ đạo trong cùng thời gian (từ 26/10/2020).'],
      [4, 'Họ và tên', 'duplicate_in_archive', 'Người này đã là thành viên của Ban Chỉ đạo trong cùng thời gian (từ 10/05/2016).'],
      [6, 'Quyết định', 'decision_conflict', 'Quyết định "25-QĐ/TU" đã có ngày khác (26/10/2020).'],
    ]);
    const minh = preview.rows.find((r) => r.row === 3)!;
    expect(minh.personId).toEqual(expect.any(Number));
    expect(preview.rows.find((r) => r.row === 5)!.personId).toBeNull();
  });

  it('one same-person rule with the archive (matchPerson): a blank organisation matches the only person of that name, several make the row ambiguous', async () => {
    const an = (await createPerson(archive.db, { fullName: 'Đỗ Văn Khiêm' }, TEST_ACTOR)).id;
    const rows = [memberRow(1, 'Đỗ Văn Khiêm', { organisation: 'Sở Nội vụ' }), memberRow(2, 'Lê Thị Hoa', { organisation: '' })];
    const hoa = (await createPerson(archive.db, { fullName: 'Lê Thị Hoa', organisation: 'Sở Y tế' }, TEST_ACTOR)).id;
    const first = await previewImport(archive.db, demo.committeeId, csv(rows));
    expect(first.errors).toEqual([]);
    expect(first.rows.map((r) => r.personId)).toEqual([an, hoa]);
    // The duplicate warning of people's editing agrees: each is "likely the same person".
    expect((await findDuplicates(archive.db, { fullName: 'Đỗ Văn Khiêm', organisation: 'Sở Nội vụ' })).items.map((p) => p.id)).toEqual([an]);
    expect((await findDuplicates(archive.db, { fullName: 'Lê Thị Hoa' })).items.map((p) => p.id)).toEqual([hoa]);

    // A second archive person of each name: the blank side can no longer say which one.
    await createPerson(archive.db, { fullName: 'Đỗ Văn Khiêm', organisation: 'Sở Tài chính' }, TEST_ACTOR);
    await createPerson(archive.db, { fullName: 'Lê Thị Hoa', organisation: 'Sở Giáo dục' }, TEST_ACTOR);
    const second = await previewImport(archive.db, demo.committeeId, csv(rows));
    expect(second.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Họ và tên', 'ambiguous_person'],
      [3, 'Họ và tên', 'ambiguous_person'],
    ]);
    expect(second.errors[0]!.message).toBe('Không xác định được người: kho lưu trữ có 2 người cùng họ tên "Đỗ Văn Khiêm"; hãy ghi rõ Đơn vị công tác.');
    // An organisation both sides give still names one person exactly.
    const exact = await previewImport(archive.db, demo.committeeId, csv([memberRow(1, 'do van khiem', { organisation: 'SỞ TÀI CHÍNH' })]));
    expect(exact.errors).toEqual([]);
    expect(exact.rows[0]!.personId).not.toBe(an);
    expect(exact.rows[0]!.personId).toEqual(expect.any(Number));
  });

  it("reads roles by the committee's own list: a renamed or added role is understood, a removed one is not", async () => {
    const roles = (await listRoles(archive.db, demo.committeeId)).items.map((r) => ({ code: r.code, name: r.name }));
    await setRoles(
      archive.db,
      demo.committeeId,
      [...roles.filter((r) => r.code !== 'to_giup_viec'), { name: 'Đại diện Mặt trận Tổ quốc' }],
      TEST_ACTOR,
    );
    const preview = await previewImport(
      archive.db,
      demo.committeeId,
      csv([memberRow(1, 'Người A', { role: 'Dai dien Mat tran To quoc' }), memberRow(2, 'Người B', { role: 'Tổ giúp việc' })]),
    );
    expect(preview.rows[0]!.role).toMatch(/^r\d+$/);
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([[3, 'unknown_role']]);
  });

  it("never invents a new decision's signing date: a decision the archive does not know needs its date in the file", async () => {
    const file = csv([
      // New decision, no date anywhere in the file: the row's error, in Vietnamese.
      memberRow(1, 'Người Một', { decision: '99-QĐ/TU', from: '01/03/2021' }),
      // New decision dated by another row: fine.
      memberRow(2, 'Người Hai', { decision: '77-QĐ/TU' }),
      memberRow(3, 'Người Ba', { decision: '77-QĐ/TU ngày 20/02/2021' }),
      // The archive's decision (26/10/2020) needs no date.
      memberRow(4, 'Người Bốn', { decision: '25-QĐ/TU' }),
    ]);
    const preview = await previewImport(archive.db, demo.committeeId, file);
    expect(preview.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [2, 'Quyết định', 'decision_date_missing', 'Thiếu ngày ký quyết định "99-QĐ/TU": ghi số và ngày, ví dụ "25-QĐ/TU ngày 26/10/2020".'],
    ]);
    const before = await countAllRows(archive.db);
    await expect(applyImport(archive.db, demo.committeeId, file, fileHash(file.bytes), TEST_ACTOR)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await countAllRows(archive.db)).toEqual(before);
  });

  it('a new person written once with and once without an organisation is one new person (the same rule)', async () => {
    const file = csv([
      memberRow(1, 'Tạ Văn Lâm', { organisation: 'Sở Công Thương', from: '01/03/2021', to: '01/03/2022' }),
      memberRow(2, 'TA VAN LAM', { organisation: '', from: '01/03/2022' }),
    ]);
    const preview = await previewImport(archive.db, demo.committeeId, file);
    expect(preview.errors).toEqual([]);
    expect(preview.summary.newPeople).toBe(1);
    const result = await applyImport(archive.db, demo.committeeId, file, preview.fileHash, TEST_ACTOR);
    expect(result.newPeople).toBe(1);
    const people = await archive.db.selectFrom('people').select(['full_name', 'organisation']).where('name_folded', '=', 'ta van lam').execute();
    expect(people).toEqual([{ full_name: 'Tạ Văn Lâm', organisation: 'Sở Công Thương' }]);
  });

  it('refuses a committee that does not exist', async () => {
    await expect(previewImport(archive.db, 9999, fixture('good.csv'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('roster import: apply', () => {
  it('writes every row: people matched or created once, the decision created, each record audited', async () => {
    const file = csv([
      memberRow(1, 'Hoàng Thị Mai', { organisation: 'UBND tỉnh', role: 'Phó Trưởng ban', from: '01/03/2021', to: '01/03/2024' }),
      memberRow(2, 'hoang thi mai', { organisation: 'UBND TỈNH', role: 'Phó Trưởng ban thường trực', from: '01/03/2024', decision: '07-QĐ/TU ngày 01/03/2024' }),
      memberRow(3, 'Vũ Văn Minh', { organisation: 'Thanh tra tỉnh', from: '01/03/2021', position: 'Nguyên Chánh Thanh tra', decision: '25-QĐ/TU' }),
    ]);
    const before = await countAllRows(archive.db);
    const result = await applyImport(archive.db, demo.committeeId, file, fileHash(file.bytes), TEST_ACTOR);
    expect(result).toEqual({ committeeId: demo.committeeId, memberships: 3, newPeople: 1, existingPeople: 1, newDecisions: 2 });
    const after = await countAllRows(archive.db);
    expect(after.people! - before.people!).toBe(1);
    expect(after.memberships! - before.memberships!).toBe(3);
    expect(after.decisions! - before.decisions!).toBe(2);
    // One entry per person, decision and membership, and one for the import.
    expect(after.audit_log! - before.audit_log!).toBe(1 + 2 + 3 + 1);
    expect(await verifyAuditChain(archive.db)).toMatchObject({ status: 'ok' });
    const last = await archive.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'detail_json']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'import', entity: 'committee', entity_id: demo.committeeId });
    expect(JSON.parse(last.detail_json!)).toEqual({ fileName: 'ds.csv', fileHash: fileHash(file.bytes), ...result });

    const roster = await getRoster(archive.db, demo.committeeId, '2024-06-01');
    expect(roster.members.filter((m) => ['Hoàng Thị Mai', 'Vũ Văn Minh'].includes(m.fullName)).map((m) => [m.fullName, m.role, m.decisionNumber])).toEqual([
      ['Hoàng Thị Mai', 'pho_truong_ban_thuong_truc', '07-QĐ/TU'],
      ['Vũ Văn Minh', 'uy_vien', '25-QĐ/TU'],
    ]);
    // The new person has her search keys: people.list finds her without diacritics.
    const found = await listPeople(archive.db, { query: 'hoang thi mai' });
    expect(found.items.map((p) => [p.fullName, p.organisation])).toEqual([['Hoàng Thị Mai', 'UBND tỉnh']]);
    const decisions = await archive.db.selectFrom('decisions').select(['number', 'signed_on']).orderBy('id').execute();
    // Each new decision has the date its cell gives.
    expect(decisions.slice(-2)).toEqual([
      { number: '42-QĐ/TU', signed_on: '2021-03-01' },
      { number: '07-QĐ/TU', signed_on: '2024-03-01' },
    ]);
  });

  it("writes new people's keys and search words exactly as refreshPersonKeys does (db/people-keys.ts personKeys)", async () => {
    const file = csv([
      memberRow(1, '  Đặng   Thị Ngọc Ánh ', { organisation: 'Sở Văn hóa, Thể thao và Du lịch', position: 'Phó Giám đốc Sở' }),
      memberRow(2, 'Ông Ích Khiêm', { organisation: '', position: '' }),
    ]);
    const maxBefore = (await archive.db.selectFrom('people').select((s) => s.fn.max('id').as('id')).executeTakeFirstOrThrow()).id!;
    await applyImport(archive.db, demo.committeeId, file, fileHash(file.bytes), TEST_ACTOR);
    const snapshot = async () => ({
      people: await archive.db.selectFrom('people').select(['id', 'full_name', 'name_folded', 'organisation_folded', 'sort_key']).where('id', '>', maxBefore).orderBy('id').execute(),
      words: await archive.db.selectFrom('people_words').select(['person_id', 'word']).where('person_id', '>', maxBefore).orderBy('person_id').orderBy('word').execute(),
    });
    const imported = await snapshot();
    expect(imported.people).toHaveLength(2);
    expect(imported.words.filter((w) => w.person_id === imported.people[0]!.id).map((w) => w.word)).toEqual(expect.arrayContaining(['dang', 'anh', 'giam', 'van']));
    await archive.db.transaction().execute(async (trx) => {
      for (const p of imported.people) await refreshPersonKeys(trx, p.id);
    });
    expect(await snapshot()).toEqual(imported);
  });

  it('refuses a file other than the one previewed, and bad rows, writing nothing', async () => {
    const before = await countAllRows(archive.db);
    const good = fixture('good.csv');
    await expect(applyImport(archive.db, demo.committeeId, good, fileHash(fixture('bad.csv').bytes), TEST_ACTOR)).rejects.toMatchObject({ code: 'CONFLICT' });
    const bad = fixture('bad.csv');
    const refused = await applyImport(archive.db, demo.committeeId, bad, fileHash(bad.bytes), TEST_ACTOR).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ArchiveError);
    expect((refused as ArchiveError).code).toBe('VALIDATION');
    expect((refused as ArchiveError).details?.issues).toEqual([{ path: 'rows.4.fromDate', message: expect.stringContaining('31/02/2021') }]);
    expect(await countAllRows(archive.db)).toEqual(before);
  });

  it('checks again inside the transaction: a member added since the preview makes it refuse', async () => {
    const good = fixture('good.csv');
    const preview = await previewImport(archive.db, demo.committeeId, good);
    expect(preview.errors).toEqual([]);
    await applyImport(archive.db, demo.committeeId, good, preview.fileHash, TEST_ACTOR);
    const before = await countAllRows(archive.db);
    const again = await applyImport(archive.db, demo.committeeId, good, preview.fileHash, TEST_ACTOR).catch((e: unknown) => e);
    expect((again as ArchiveError).code).toBe('VALIDATION');
    expect(((again as ArchiveError).details?.issues as unknown[]).length).toBe(3);
    expect(await countAllRows(archive.db)).toEqual(before);
  });
});

describe('roster import: all rows or none', () => {
  it('a failure at the third row leaves the archive file byte-identical', async () => {
    await archive.close();
    const file = await createDemoFile();
    // Real damage, not a mock: SQLite itself refuses the third person's membership.
    const raw = openRaw(file);
    raw.sqlite.exec(`create trigger refuse_third before insert on memberships
      when (select full_name from people where id = new.person_id) = 'Phạm Văn Đức'
      begin select raise(abort, 'refused by the test'); end`);
    await raw.close();
    const hash = sha256File(file);

    archive = await openArchive(file);
    const good = fixture('good.csv');
    const committeeId = (await archive.db.selectFrom('committees').select('id').executeTakeFirstOrThrow()).id;
    await expect(applyImport(archive.db, committeeId, good, fileHash(good.bytes), TEST_ACTOR)).rejects.toThrow(/refused by the test/);
    await archive.close();
    expect(sha256File(file)).toBe(hash);

    // Without the trigger the same import goes through: the failure was the third row.
    const fix = openRaw(file);
    fix.sqlite.exec('drop trigger refuse_third');
    await fix.close();
    archive = await openArchive(file);
    await expect(applyImport(archive.db, committeeId, good, fileHash(good.bytes), TEST_ACTOR)).resolves.toMatchObject({ memberships: 3 });
  });
});
