import { afterAll, describe, expect, it } from 'vitest';
import { nowIso } from '../clock.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from '../test-support.js';
import { createDecision } from '../decisions.js';
import { createMembership } from '../memberships.js';
import { createPerson } from '../people.js';
import { PAGE_MARGINS_MM } from '../model/index.js';
import { getRosterDocument } from './roster-source.js';
import { writeRosterDocx } from './roster-docx.js';
import { documentXml, paragraphs, tableRows, zipEntry } from './test-read-back.js';
import { mmToTwip } from './docx-units.js';

afterAll(removeTempDirs);

/** Text as a reader sees it: non-breaking spaces read as spaces. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

/** The demo archive, plus the 2016 founding decision the demo does not record (so both dates have one). */
async function demoWithFounding() {
  const { archive, demo } = await openDemoArchive();
  await archive.db
    .insertInto('decisions')
    .values({ committee_id: demo.committeeId, kind: 'thanh_lap', number: '118-QĐ/TU', signed_on: '2016-05-10', signer: null, summary: null, created_at: nowIso() })
    .execute();
  // The members of that time sit under it (the decision line names the members' decisions).
  const { id } = await archive.db.selectFrom('decisions').select('id').where('number', '=', '118-QĐ/TU').executeTakeFirstOrThrow();
  await archive.db.updateTable('memberships').set({ decision_id: id }).where('committee_id', '=', demo.committeeId).where('decision_id', 'is', null).where('from_date', '<', '2020-10-26').execute();
  return { archive, demo };
}

describe('the roster as a Word file', () => {
  it('after the 26/10/2020 reconstitution: header, title, decision line and every member with that date\'s role, position and duty', async () => {
    const { archive, demo } = await demoWithFounding();
    const data = await getRosterDocument(archive.db, demo.committeeId, '2021-01-13');
    const xml = documentXml(await writeRosterDocx(data));
    const text = paragraphs(xml).map(spaced);
    expect(text).toEqual(
      expect.arrayContaining([
        'TỈNH ỦY THANH HÓA',
        'BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Thanh Hóa, ngày 13 tháng 01 năm 2021',
        'DANH SÁCH THÀNH VIÊN',
        '(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)',
        '(Tính đến ngày 13/01/2021)',
      ]),
    );
    // Word may not end a line inside "25-QĐ/TU": its hyphen is a non-breaking one.
    const attachment = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]).find((p) => p.includes('Kèm theo'))!;
    expect(attachment).toContain('<w:noBreakHyphen/>');
    expect([...attachment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).not.toContain('-');
    const rows = tableRows(xml).map((r) => r.map(spaced));
    // The first table is the header blocks; the members' table starts at its heading row.
    const head = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[head]).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Chức danh trong Ban Chỉ đạo', 'Nhiệm vụ được phân công']);
    const members = rows.slice(head + 1);
    expect(members).toHaveLength(7);
    expect(members[0]).toEqual(['1', 'Trịnh Tuấn Sinh', 'Phó Bí thư Tỉnh ủy', 'Trưởng ban', 'Lãnh đạo, chỉ đạo chung hoạt động của Ban Chỉ đạo']);
    expect(members[1]).toEqual(['2', 'Nguyễn Văn An', 'Trưởng Ban Dân vận Tỉnh ủy', 'Phó Trưởng ban thường trực', 'Thường trực Ban Chỉ đạo; chỉ đạo Tổ giúp việc']);
    expect(members.map((r) => r[1])).toContain('Đỗ Văn Hải');
    expect(members.map((r) => r[1])).not.toContain('Vũ Văn Minh');
    expect(members.find((r) => r[1] === 'Trần Thị Lan')?.[3]).toBe('Thư ký');
    await archive.close();
  });

  it('before it: the founding decision and the member of that time with the position written then', async () => {
    const { archive, demo } = await demoWithFounding();
    const data = await getRosterDocument(archive.db, demo.committeeId, '2020-10-25');
    const xml = documentXml(await writeRosterDocx(data));
    expect(paragraphs(xml)).toEqual(
      expect.arrayContaining(['(Kèm theo Quyết định số 118-QĐ/TU ngày 10/05/2016 của Tỉnh ủy Thanh Hóa)', '(Tính đến ngày 25/10/2020)']),
    );
    const rows = tableRows(xml);
    const members = rows.slice(rows.findIndex((r) => r[0] === 'STT') + 1);
    // Today he is "Nguyên Chánh Thanh tra tỉnh"; the roster of 2020 shows the post he held then.
    expect(members).toEqual([['1', 'Vũ Văn Minh', 'Chánh Thanh tra tỉnh', 'Ủy viên', '']]);
    expect(xml).not.toContain('Trịnh Tuấn Sinh');
    await archive.close();
  });

  it('without a decision in force, no attachment line is invented', async () => {
    const { archive, demo } = await openDemoArchive();
    const data = await getRosterDocument(archive.db, demo.committeeId, '2020-10-25');
    expect(data.decisions).toEqual([]);
    expect(paragraphs(documentXml(await writeRosterDocx(data))).some((p) => p.includes('Kèm theo'))).toBe(false);
    await archive.close();
  });

  it('in the state format (NĐ 30/2020): the national motto and the issuing body as the committee sets it', async () => {
    const { archive, demo } = await openDemoArchive();
    await archive.db
      .updateTable('committees')
      .set({ document_format: 'state', parent_body: 'UBND tỉnh Thanh Hóa', issuing_body: 'BAN CHỈ ĐẠO' })
      .where('id', '=', demo.committeeId)
      .execute();
    // The demo's decision records its issuing body; without one, the committee's parent body is named.
    await archive.db.updateTable('decisions').set({ issuing_body: null }).where('number', '=', '25-QĐ/TU').execute();
    const text = paragraphs(documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13')))).map(spaced);
    expect(text).toEqual(
      expect.arrayContaining(['UBND TỈNH THANH HÓA', 'BAN CHỈ ĐẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thanh Hóa, ngày 13 tháng 01 năm 2021']),
    );
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // The decision names no issuing body of its own: the committee's parent body issued it.
    expect(text).toContain('(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của UBND tỉnh Thanh Hóa)');
    await archive.close();
  });

  it("names the decision's own issuing body when it records one", async () => {
    const { archive, demo } = await openDemoArchive();
    await archive.db.updateTable('decisions').set({ issuing_body: 'Ban Thường vụ Tỉnh ủy Thanh Hóa' }).where('number', '=', '25-QĐ/TU').execute();
    const data = await getRosterDocument(archive.db, demo.committeeId, '2021-01-13');
    expect(paragraphs(documentXml(await writeRosterDocx(data)))).toContain(
      '(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Ban Thường vụ Tỉnh ủy Thanh Hóa)',
    );
    await archive.close();
  });

  it('is A4 with the decree\'s margins and Times New Roman 13 pt', async () => {
    const { archive, demo } = await openDemoArchive();
    const docx = await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13'));
    const xml = documentXml(docx);
    // A4 = 11906 x 16838 twips.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect(attr('left')).toBe(mmToTwip(PAGE_MARGINS_MM.left));
    expect(attr('left')).toBeGreaterThanOrEqual(mmToTwip(30));
    expect(attr('right')).toBeGreaterThanOrEqual(mmToTwip(15));
    expect(attr('top')).toBeGreaterThanOrEqual(mmToTwip(20));
    expect(attr('bottom')).toBeGreaterThanOrEqual(mmToTwip(20));
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(zipEntry(docx, 'word/styles.xml'))![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toMatch(/<w:sz w:val="26"\/>/);
    await archive.close();
  });

  it('is dated by the roster\'s own day, whatever day it is written', async () => {
    const { archive, demo } = await openDemoArchive();
    for (const [day, line] of [['2021-01-13', 'Thanh Hóa, ngày 13 tháng 01 năm 2021'], ['2021-03-05', 'Thanh Hóa, ngày 05 tháng 3 năm 2021']]) {
      expect(paragraphs(documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, day!))))).toContain(line);
    }
    await archive.close();
  });

  it('names the supplementary (bổ sung) decisions its members sit under, from the day they take effect (roster-source.test.ts holds the rule)', async () => {
    const { archive, demo } = await openDemoArchive();
    const decision = await createDecision(archive.db, { committeeId: demo.committeeId, kind: 'bo_sung', number: '31-QĐ/TU', signedOn: '2021-02-25', issuingBody: 'Tỉnh ủy Thanh Hóa' }, TEST_ACTOR);
    const personId = (await createPerson(archive.db, { fullName: 'Lê Thị Hoa' }, TEST_ACTOR)).id;
    await createMembership(archive.db, { personId, committeeId: demo.committeeId, role: 'uy_vien', fromDate: '2021-03-01', decisionId: decision.id }, TEST_ACTOR);
    const line = async (day: string) =>
      paragraphs(documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, day)))).find((p) => p.startsWith('(Kèm theo'));
    expect(await line('2021-02-28')).toBe('(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 của Tỉnh ủy Thanh Hóa)');
    expect(await line('2021-03-01')).toBe('(Kèm theo Quyết định số 25-QĐ/TU ngày 26/10/2020 và Quyết định số 31-QĐ/TU ngày 25/02/2021 của Tỉnh ủy Thanh Hóa)');
    await archive.close();
  });

  it('holds the syllables of the header\'s and headings\' compound words together (non-breaking spaces in the XML)', async () => {
    const { archive, demo } = await openDemoArchive();
    const xml = documentXml(await writeRosterDocx(await getRosterDocument(archive.db, demo.committeeId, '2021-01-13')));
    const text = paragraphs(xml);
    expect(text).toContain('BAN\u00a0CHỈ\u00a0ĐẠO XÂY\u00a0DỰNG CƠ\u00a0SỞ VÀ THỰC\u00a0HIỆN QUY\u00a0CHẾ DÂN\u00a0CHỦ TỈNH THANH\u00a0HÓA');
    expect(text).toContain('TỈNH\u00a0ỦY THANH\u00a0HÓA');
    expect(text).toContain('Chức\u00a0vụ, đơn\u00a0vị công\u00a0tác');
    expect(text).toContain('Chức\u00a0danh trong Ban\u00a0Chỉ\u00a0đạo');
    await archive.close();
  });
});
