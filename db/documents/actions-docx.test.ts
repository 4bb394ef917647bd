import { describe, expect, it } from 'vitest';
import { HAND_MADE_AS_OF, makeActionsFixture, makeHandMadeActions } from '../test-actions.js';
import { useTempArchive } from '../test-support.js';
import { writeMemberTasksDocx, writeReminderDocx } from './actions-docx.js';
import { getMemberTasksDocument, getReminderDocument } from './actions-source.js';
import { documentXml, paragraphs } from './test-read-back.js';

// The two action documents as Word files, read back from their XML: the official header, the
// date line, the tasks, the signer (the committee's head on that day's roster) and "Nơi nhận".

const spaced = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));

describe('action documents', () => {
  const t = useTempArchive();

  it('the tasks of one member: every task where they lead or help, with its status as of the day', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const data = await getMemberTasksDocument(t.db, f.people.binh, f.committeeId, HAND_MADE_AS_OF);
    expect(data.tasks.map((a) => a.title)).toEqual(['A7 Sơ kết chuyên đề', 'A3 Rà soát thủ tục', 'A2 Phân công thành viên', 'A4 Công khai thủ tục']);
    const text = spaced(paragraphs(documentXml(await writeMemberTasksDocx(data))));
    expect(text).toEqual(
      expect.arrayContaining([
        'TỈNH ỦY THANH HÓA',
        'BAN CHỈ ĐẠO',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Thanh Hóa, ngày 20 tháng 4 năm 2021',
        'DANH SÁCH NHIỆM VỤ',
        'của đồng chí Lê Thị Bình, Chánh Thanh tra tỉnh',
        '2. A3 Rà soát thủ tục (Thông báo số 01; thời hạn 31/03/2021): Đã hoàn thành quá hạn.',
        '3. A2 Phân công thành viên (Thông báo số 01; thời hạn 22/04/2021): Sắp đến hạn.',
        'TM. BAN CHỈ ĐẠO',
        'TRƯỞNG BAN',
        'Trịnh Tuấn Sinh',
      ]),
    );
  });

  it('the reminder letter lists one owner\'s overdue tasks, "Kính gửi", the signer and "Nơi nhận" with "Lưu" last', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const data = await getReminderDocument(t.db, { personId: f.people.an }, f.committeeId, HAND_MADE_AS_OF);
    expect(data.tasks.map((a) => a.title)).toEqual(['A1 Trình quyết định kiện toàn']);
    const text = spaced(paragraphs(documentXml(await writeReminderDocx(data))));
    expect(text).toEqual(
      expect.arrayContaining([
        'V/v đôn đốc thực hiện nhiệm vụ quá hạn',
        'Kính gửi: đồng chí Nguyễn Văn An.',
        'Theo dõi việc thực hiện các nhiệm vụ được giao, đến ngày 20/04/2021, đồng chí Nguyễn Văn An còn 1 nhiệm vụ đã quá thời hạn mà chưa hoàn thành, cụ thể như sau:',
        '1. A1 Trình quyết định kiện toàn (Thông báo số 01; thời hạn 31/03/2021).',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT, BCĐ.',
        'Trịnh Tuấn Sinh',
      ]),
    );
    expect(text.indexOf('- Lưu: VT, BCĐ.')).toBe(text.indexOf('- Như trên;') + 1);
  });
});
