import { openRaw } from '../db/test-support';
import { type RunningApp, expect, test } from './fixtures';
import { flat, pdfText, printToPdf } from './meeting-print';

// The official Giấy mời (issue 8, cold clerk): the meeting's internal notes stay off the paper,
// and a presenter the clerk typed as "Ông …" is not printed "đồng chí Ông …".

function plant(app: RunningApp, write: (sqlite: ReturnType<typeof openRaw>['sqlite']) => void) {
  const raw = openRaw(app.dbFile);
  try {
    raw.sqlite.pragma('busy_timeout = 5000');
    write(raw.sqlite);
  } finally {
    raw.sqlite.close();
  }
}

test("the printed invitation leaves out the meeting's notes and titles a presenter once", async ({ page, demoApp, consoleErrors }) => {
  plant(demoApp, (sqlite) => {
    // The demo's invitation is issued, so frozen (0016): print it from the tables as one issued before 0016.
    sqlite.exec('drop trigger meetings_invitation_frozen');
    sqlite.prepare('update meetings set invitation_json = null where id = 1').run();
    sqlite.prepare('update meetings set notes = ? where id = 1').run('Nội bộ: nhắc Văn phòng mượn hội trường');
    sqlite.prepare('update agenda_items set presenter_person_id = null, presenter_name = ? where meeting_id = 1 and position = 2').run('Ông Lê Văn Tám, Giám đốc Sở Tài chính');
  });
  const all = flat(pdfText(await printToPdf(page, demoApp, '/print/invitation/1', 'invitation-official')));
  expect(all).toContain('GIẤY MỜI');
  expect(all).toContain('(Ông Lê Văn Tám, Giám đốc Sở Tài chính trình bày);');
  expect(all).not.toMatch(/đồng chí Ông/i);
  expect(all).not.toContain('Ghi chú');
  expect(all).not.toContain('mượn hội trường');
  expect(consoleErrors).toEqual([]);
});
