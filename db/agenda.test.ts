import { describe, expect, it } from 'vitest';
import { AGENDA_ITEM_HAS_FILES, addAgendaItem, listAgenda, removeAgendaItem } from './agenda.js';
import { storeAttachment, unlinkAttachment } from './attachments.js';
import { createCommittee } from './committees.js';
import { createMeeting } from './meetings-write.js';
import { TEST_ACTOR, countAllRows, useTempArchive } from './test-support.js';

const t = useTempArchive();

describe('removing an agenda item', () => {
  it('is refused in words while a file is linked to it (agenda_item_has_files, not SQLite\'s text); unlinked, it goes', async () => {
    const committee = await createCommittee(t.db, { name: 'BCĐ tỉnh', level: 'tinh' }, TEST_ACTOR, '2021-01-13');
    const meeting = await createMeeting(t.db, { committeeId: committee.id, kind: 'tong_ket', title: 'Hội nghị tổng kết', startsAt: '2021-01-13T08:00' }, TEST_ACTOR);
    const [first, second] = await addAgendaItem(t.db, meeting.id, { title: 'Khai mạc' }, TEST_ACTOR).then(() => addAgendaItem(t.db, meeting.id, { title: 'Báo cáo' }, TEST_ACTOR));
    const file = await storeAttachment(t.db, { fileName: 'bao-cao.pdf', chunks: [Buffer.from('%PDF-1.7\n')] }, TEST_ACTOR, { agendaItemId: second!.id });
    const before = await countAllRows(t.db);
    const refused = removeAgendaItem(t.db, second!.id, TEST_ACTOR);
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'id', message: AGENDA_ITEM_HAS_FILES }] } });
    await expect(refused).rejects.not.toMatchObject({ message: expect.stringMatching(/FOREIGN KEY/) });
    expect(await countAllRows(t.db)).toEqual(before);
    await unlinkAttachment(t.db, file.id, { agendaItemId: second!.id }, TEST_ACTOR);
    expect((await removeAgendaItem(t.db, second!.id, TEST_ACTOR)).map((i) => i.id)).toEqual([first!.id]);
    expect((await listAgenda(t.db, meeting.id)).map((i) => i.title)).toEqual(['Khai mạc']);
  });
});
