import fs from 'node:fs';
import { type MockInstance, afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roster } from '../contract.js';
import { updatePerson } from '../../db/people.js';
import { TEST_ACTOR, createDemoFile, openDemoArchive, removeTempDirs, sha256File, tempArchivePath } from '../../db/test-support.js';
import { parseCli } from './args.js';
import { runCli } from './main.js';
import { UsageError } from './usage.js';

// `minutebook roster` through runCli, as main.test.ts runs the other commands: the core on
// worker threads against a real demo archive.

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

let demoFile: string;
beforeAll(async () => {
  demoFile = await createDemoFile();
});
afterAll(removeTempDirs);

const printed = (spy: MockInstance<(...args: unknown[]) => void>) => spy.mock.calls.map((c) => c.join(' ')).join('\n');

describe('minutebook roster', () => {
  it('prints name, role, position, from and decision as of the date, exit 0, the archive unchanged', async () => {
    const before = sha256File(demoFile);
    expect(await runCli(['roster', '--db', demoFile, '--committee', '1', '--date', '2021-01-13'])).toBe(0);
    const lines = printed(log).split('\n');
    expect(lines[0]).toBe('Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa — ngày 13/01/2021: 7 thành viên');
    expect(lines[1]).toBe('Họ và tên\tChức danh trong Ban Chỉ đạo\tChức vụ\tTừ ngày\tQuyết định');
    expect(lines[2]).toBe('Trịnh Tuấn Sinh\tTrưởng ban\tPhó Bí thư Tỉnh ủy\t26/10/2020\t25-QĐ/TU');
    expect(lines).toHaveLength(9);
    expect(error).not.toHaveBeenCalled();
    expect(sha256File(demoFile)).toBe(before);
  });

  it("(R-A) prints the name of the date after a rename and the person's position where the decision wrote none", async () => {
    const { archive, demo } = await openDemoArchive();
    const lan = await archive.db.selectFrom('people').select('id').where('full_name', '=', 'Trần Thị Lan').executeTakeFirstOrThrow();
    await updatePerson(archive.db, lan.id, { fullName: 'Trần Thị Lan Phương' }, TEST_ACTOR, '2022-01-01');
    const an = await archive.db.selectFrom('people').select('id').where('full_name', '=', 'Nguyễn Văn An').executeTakeFirstOrThrow();
    await archive.db.updateTable('memberships').set({ position: null }).where('person_id', '=', an.id).where('committee_id', '=', demo.committeeId).execute();
    await archive.close();
    expect(await runCli(['roster', '--db', archive.file, '--committee', String(demo.committeeId), '--date', '2021-01-13'])).toBe(0);
    const lines = printed(log).split('\n');
    expect(lines).toContain('Trần Thị Lan\tThư ký\tPhó Trưởng Ban Dân vận Tỉnh ủy\t26/10/2020\t25-QĐ/TU');
    expect(lines).toContain('Nguyễn Văn An\tPhó Trưởng ban thường trực\tTrưởng Ban Dân vận Tỉnh ủy\t26/10/2020\t25-QĐ/TU');
    log.mockClear();
    expect(await runCli(['roster', '--db', archive.file, '--committee', String(demo.committeeId), '--date', '2022-01-01'])).toBe(0);
    expect(printed(log)).toContain('Trần Thị Lan Phương\tThư ký');
  });

  it('--json prints the Roster; an earlier date shows that day\'s members', async () => {
    expect(await runCli(['roster', '--db', demoFile, '--committee', '1', '--date', '2020-01-01', '--json'])).toBe(0);
    const roster = JSON.parse(printed(log)) as Roster;
    expect(roster.asOf).toBe('2020-01-01');
    expect(roster.members.map((m) => [m.fullName, m.role, m.fromDate])).toEqual([['Vũ Văn Minh', 'uy_vien', '2016-05-10']]);
  });

  it('without --date uses today in the archive\'s time zone', async () => {
    expect(await runCli(['roster', '--db', demoFile, '--committee', '1', '--json'])).toBe(0);
    const roster = JSON.parse(printed(log)) as Roster;
    expect(roster.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(roster.members).toHaveLength(7);
  });

  it('a committee that does not exist: exit 1 with the reason', async () => {
    expect(await runCli(['roster', '--db', demoFile, '--committee', '42'])).toBe(1);
    expect(printed(error)).toContain('không có Ban Chỉ đạo số 42 trong kho lưu trữ');
    expect(log).not.toHaveBeenCalled();
  });

  it('a missing archive: exit 1, nothing created', async () => {
    const file = tempArchivePath('none.sqlite');
    expect(await runCli(['roster', '--db', file, '--committee', '1'])).toBe(1);
    expect(printed(error)).toBe(`minutebook: chưa có kho lưu trữ tại đường dẫn này; hãy tạo kho bằng lệnh "minutebook init" (hoặc thử bản mẫu: minutebook demo --db demo.sqlite). Tệp: ${file}`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each([
    [['roster', '--db', 'x.sqlite'], /cần --committee ID/],
    [['roster', '--committee', 'abc'], /--committee phải là số của Ban Chỉ đạo/],
    [['roster', '--committee', '1', '--date', '2021-02-31'], /--date phải là một ngày có thật/],
    [['roster', '--committee', '1', '--date', '13/01/2021'], /--date phải là một ngày có thật/],
    [['roster', '--committee', '1', '--bogus'], /không có tùy chọn --bogus/],
    [['status', '--committee', '1'], /--committee goes with roster/],
  ])('usage errors exit 2: %j', async (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
    expect(await runCli(argv)).toBe(2);
    expect(printed(error)).toMatch(message);
  });
});
