import { afterAll, describe, expect, it } from 'vitest';
import { issueConclusion } from '../conclusions-issue.js';
import { conclusion as seedConclusion } from '../demo/thanh-hoa-2021.js';
import { PAGE_MARGINS_MM } from '../model/index.js';
import { TEST_ACTOR, openDemoArchive, removeTempDirs } from '../test-support.js';
import { writeConclusionDocx } from './conclusion-docx.js';
import { getConclusionDocument } from './conclusion-source.js';
import { mmToTwip } from './docx-units.js';
import { documentXml, paragraphs, tableRows } from './test-read-back.js';

// The demo's seed notice as a Word file, read back from its XML.

afterAll(removeTempDirs);
const spaced = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));

describe('the conclusion notice as a Word file', () => {
  it('a draft carries "DỰ THẢO" and a blank number; issued: the number, the header blocks, THÔNG BÁO, every directive, the signer, Nơi nhận', async () => {
    const { archive, demo } = await openDemoArchive();
    const draft = spaced(paragraphs(documentXml(await writeConclusionDocx(await getConclusionDocument(archive.db, demo.conclusionId)))));
    expect(draft).toEqual(expect.arrayContaining(['DỰ THẢO', 'Số         -TB/BCĐ']));

    await issueConclusion(archive.db, { id: demo.conclusionId }, TEST_ACTOR);
    const xml = documentXml(await writeConclusionDocx(await getConclusionDocument(archive.db, demo.conclusionId)));
    const text = spaced(paragraphs(xml));
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toEqual(
      expect.arrayContaining([
        'TỈNH ỦY THANH HÓA',
        'BAN CHỈ ĐẠO XÂY DỰNG CƠ SỞ VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THANH HÓA',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Số 01-TB/BCĐ',
        'Thanh Hóa, ngày 13 tháng 01 năm 2021',
        'THÔNG BÁO',
        seedConclusion.title,
        seedConclusion.preamble,
        ...seedConclusion.items.map((item, i) => `${i + 1}. ${i === seedConclusion.items.length - 1 ? item.replace(/\.$/, './.') : item}`),
      ]),
    );
    // Nơi nhận on the left (the filing line last), the signer on the right.
    const [left, right] = tableRows(xml).at(-1) as [string, string];
    expect(left.split('\n')).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy (để b/c);',
      '- Các đồng chí thành viên Ban Chỉ đạo;',
      '- Ban Chỉ đạo các huyện, thị xã, thành phố;',
      '- Lưu: VT, Ban Dân vận Tỉnh ủy.',
    ]);
    expect(right.split('\n')).toEqual(['T/M BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'Trịnh Tuấn Sinh']);
    expect(xml).toContain(`w:left="${mmToTwip(PAGE_MARGINS_MM.left)}"`);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
