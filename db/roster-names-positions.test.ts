import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRosterDocx } from './documents/roster-docx.js';
import { writeRosterXlsx } from './documents/roster-xlsx.js';
import { getRosterDocument } from './documents/roster-source.js';
import { documentXml, tableRows } from './documents/test-read-back.js';
import { deletePerson } from './delete-records.js';
import { mergePeople } from './people-merge.js';
import { createPerson, updatePerson } from './people.js';
import { getRoster } from './roster.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from './test-support.js';

// Issue 7, roster fixes: the name of the roster's day (person_names, 0010) and the position
// shown when the appointing decision left it blank, the same in every output.

afterAll(removeTempDirs);

const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

describe('a person renamed later', () => {
  it('keeps the old name on rosters before the change and the new one from that day, in the roster and the Word file', async () => {
    const { archive, demo } = await openDemoArchive();
    const lan = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.fullName === 'Trần Thị Lan')!;
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Thị Lan Anh' }, TEST_ACTOR, '2022-05-10');
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Lan Anh' }, TEST_ACTOR, '2023-01-01');
    const nameOn = async (day: string) => (await getRoster(archive.db, demo.committeeId, day)).members.find((m) => m.personId === lan.personId)?.fullName;
    expect(await nameOn('2021-01-13')).toBe('Trần Thị Lan');
    expect(await nameOn('2022-05-09')).toBe('Trần Thị Lan');
    expect(await nameOn('2022-05-10')).toBe('Trần Thị Lan Anh');
    expect(await nameOn('2023-01-01')).toBe('Trần Lan Anh');
    const rows = tableRows(documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13'))));
    expect(rows.map((r) => r[1])).toContain('Trần Thị Lan');
    expect(rows.map((r) => r[1])).not.toContain('Trần Lan Anh');
    // The history is audited with the change, and an update that keeps the name adds none.
    await updatePerson(archive.db, lan.personId, { fullName: 'Trần Lan Anh', phone: '0912' }, TEST_ACTOR, '2023-02-01');
    const history = await archive.db.selectFrom('person_names').select(['full_name', 'until_date']).where('person_id', '=', lan.personId).orderBy('id').execute();
    expect(history).toEqual([
      { full_name: 'Trần Thị Lan', until_date: '2022-05-10' },
      { full_name: 'Trần Thị Lan Anh', until_date: '2023-01-01' },
    ]);
    await archive.close();
  });

  it('does not keep a person with a name history from being merged or deleted', async () => {
    const { archive } = await openDemoArchive();
    const a = await createPerson(archive.db, { fullName: 'Lê Văn Tám', organisation: 'Sở Tư pháp' }, TEST_ACTOR);
    const b = await createPerson(archive.db, { fullName: 'Le Van Tam', organisation: 'Sở Tư pháp' }, TEST_ACTOR);
    await updatePerson(archive.db, b.id, { fullName: 'Lê Văn Tám' }, TEST_ACTOR, '2024-01-01');
    await mergePeople(archive.db, a.id, b.id, TEST_ACTOR);
    await updatePerson(archive.db, a.id, { fullName: 'Lê Văn Tâm' }, TEST_ACTOR, '2024-02-01');
    await deletePerson(archive.db, a.id, TEST_ACTOR);
    expect(await archive.db.selectFrom('person_names').selectAll().execute()).toEqual([]);
    await archive.close();
  });
});

describe('a membership whose decision left the position blank', () => {
  it("shows the person's position in the roster, the Word file and the spreadsheet", async () => {
    const { archive, demo } = await openDemoArchive();
    const an = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.fullName === 'Nguyễn Văn An')!;
    await archive.db.updateTable('memberships').set({ position: null }).where('id', '=', an.membershipId).execute();
    const member = (await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.membershipId === an.membershipId)!;
    expect(member.position).toBe('Trưởng Ban Dân vận Tỉnh ủy');
    const data = await getRosterDocument(archive.db, demo.committeeId, '2021-01-13');
    const row = tableRows(documentXml(await writeRosterDocx(data))).find((r) => r[1] === 'Nguyễn Văn An')!;
    expect(spaced(row[2]!)).toBe('Trưởng Ban Dân vận Tỉnh ủy');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeRosterXlsx(data)) as unknown as ArrayBuffer);
    const cells: string[][] = [];
    workbook.worksheets[0]!.eachRow((r) => cells.push([String(r.getCell(1).value), String(r.getCell(2).value)]));
    expect(cells).toContainEqual(['Nguyễn Văn An', 'Trưởng Ban Dân vận Tỉnh ủy']);
    // A blank (spaces only) position counts as none, too.
    await archive.db.updateTable('memberships').set({ position: '  ' }).where('id', '=', an.membershipId).execute();
    expect((await getRoster(archive.db, demo.committeeId, '2021-01-13')).members.find((m) => m.membershipId === an.membershipId)?.position).toBe('Trưởng Ban Dân vận Tỉnh ủy');
    await archive.close();
  });
});
