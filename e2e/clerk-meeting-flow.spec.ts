import path from 'node:path';
import type { Page } from '@playwright/test';
import { documentXml, paragraphs } from '../db/documents/test-read-back';
import { at, expect, test } from './fixtures';
import { expectPrintLooksLike, flat, pdfOfPrintView, pdfText } from './meeting-print';
import { addAgendaItem, chooseOption } from './meeting-steps';
import { CLERK_SCREEN } from './screens';
import {
  TITLE,
  PLACE,
  REPORT,
  DISCUSSION,
  CLOSING_SPEECH,
  RESULTS,
  TABLE,
  DISCUSSED,
  CONCLUDED,
  DIRECTIVES,
  HALF,
  REST,
  REASON,
  AMENDED,
  INVITATION_NUMBER,
  INVITATION_DATE_LINE,
  CHAIR,
  SECRETARY,
  RENAMED,
  CLOSING_LINE,
} from './seed-meeting';

// Issue 8 end to end, as the clerk does it, through the screens only: the seed meeting
// (../shared/seed/: Thanh Hóa, 13/01/2021, tổng kết) scheduled, its agenda, its invitation
// numbered and printed, attendance, the minutes written while listening (the 2020 results,
// the discussion, the conclusion, with a table and a list), the tab closed mid-sentence and
// the draft found again, finalized, amended with a reason, printed and saved as Word.

test.use({ viewport: CLERK_SCREEN });

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Nội dung biên bản' });
const savedAt = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Đã lưu lúc \d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });

/** The print view's Word button, as the clerk clicks it: the file it saves. */
async function saveWord(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  return saved;
}

/**
 * Puts the caret at the end of the paragraph holding `text`: a click on it, then End. The
 * editor applies a click's caret a moment after the mouse is up (ProseMirror on Chrome), so
 * End is pressed again until the caret is seen staying there, as a clerk's eyes would check.
 */
async function caretToEndOf(page: Page, text: string) {
  await editorOf(page).getByText(text, { exact: true }).click();
  await expect(async () => {
    await page.keyboard.press('End');
    // Past the editor's own late placing of the caret, then look.
    await page.waitForTimeout(150);
    const at = await page.evaluate(() => {
      const selection = window.getSelection();
      const node = selection?.focusNode;
      const block = node?.parentElement?.closest('p, h1, h2, h3');
      return block && node ? { block: block.textContent, atEnd: selection.isCollapsed && selection.focusOffset === node.textContent?.length && !node.nextSibling } : null;
    });
    expect(at).toEqual({ block: text, atEnd: true });
  }).toPass({ timeout: 5000 });
}

/** Types a paragraph's text and ends it with Enter, as the clerk does while listening. */
async function typeLine(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('the clerk takes the seed meeting from scheduling to printed, amended minutes and their Word file', async ({ page: firstTab, context, demoApp, consoleErrors }) => {
  test.setTimeout(240_000);
  /** The clerk's tab (another one after the first is closed). */
  let page = firstTab;
  let meetingRoute = '';
  let minutesRoute = '';

  await test.step('schedule the seed meeting', async () => {
    await page.goto(at(demoApp, '/meetings'));
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    const form = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
    await chooseOption(page, form.getByRole('combobox', { name: 'Ban Chỉ đạo' }), 'quy che dan chu', /quy chế dân chủ tỉnh Thanh Hóa/);
    await form.getByRole('combobox', { name: 'Loại' }).click();
    await page.getByRole('option', { name: 'Tổng kết' }).click();
    await form.getByRole('textbox', { name: 'Tên hội nghị' }).fill(TITLE);
    await form.getByRole('textbox', { name: 'Ngày họp' }).fill('13/01/2021');
    await form.getByRole('textbox', { name: 'Ngày họp' }).press('Tab');
    await form.getByRole('textbox', { name: 'Bắt đầu (giờ:phút)' }).fill('08:00');
    await form.getByRole('textbox', { name: 'Kết thúc (giờ:phút)' }).fill('11:30');
    await form.getByRole('textbox', { name: 'Địa điểm' }).fill(PLACE);
    await chooseOption(page, form.getByRole('combobox', { name: 'Chủ trì' }), 'trinh tuan', new RegExp(`^${CHAIR}`));
    await chooseOption(page, form.getByRole('combobox', { name: 'Thư ký' }), 'lan', new RegExp(`^${SECRETARY}`));
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toBeHidden();
    await expect(page).toHaveURL(/#\/meetings\/\d+$/);
    meetingRoute = new URL(page.url()).hash.slice(1);
    // A new meeting, not the demo's own (meeting 1).
    expect(meetingRoute).not.toBe('/meetings/1');
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(page.getByText('13/01/2021 08:00–11:30').first()).toBeVisible();
  });

  await test.step('agenda', async () => {
    await page.getByRole('tab', { name: 'Chương trình' }).click();
    await addAgendaItem(page, REPORT, { typed: 'nguyen van an', option: /^Nguyễn Văn An/ }, '30');
    await addAgendaItem(page, DISCUSSION, null, '120');
    await addAgendaItem(page, CLOSING_SPEECH, { typed: 'Sinh', option: new RegExp(`^${CHAIR}`) }, '30');
    await expect(page.getByText('Tổng thời lượng dự kiến: 180 phút')).toBeVisible();
  });

  await test.step('invitation: sent, numbered, printed', async () => {
    await page.getByRole('tab', { name: 'Thông tin' }).click();
    await page.getByRole('button', { name: 'Đã gửi giấy mời' }).click();
    await expect(page.getByRole('button', { name: 'Đã họp' })).toBeVisible();
    await page.getByRole('tab', { name: 'Giấy mời' }).click();
    await expect(page.getByRole('table', { name: /Thành viên Ban Chỉ đạo ngày 13\/01\/2021/ }).getByRole('row')).toHaveCount(8);
    // Numbering asks first: the number it will take, and the invitation's day (sent five days ahead).
    await page.getByRole('button', { name: 'Cấp số giấy mời' }).click();
    const ask = page.getByRole('dialog', { name: 'Cấp số giấy mời?' });
    // The demo's meeting took 01 of the committee's series: this one takes 02.
    await expect(ask.getByRole('status').locator('.next-number')).toHaveText(INVITATION_NUMBER);
    const day = ask.getByRole('textbox', { name: /^Ngày giấy mời/ });
    await day.fill('08/01/2021');
    await day.press('Tab');
    await ask.getByRole('button', { name: 'Cấp số' }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByText(`${INVITATION_NUMBER}, ngày 08/01/2021`)).toBeVisible();

    await page.getByRole('link', { name: 'In giấy mời' }).click();
    await expect(page).toHaveURL(/#\/print\/invitation\/\d+$/);
    const file = await pdfOfPrintView(page, demoApp, 'clerk-invitation');
    const text = pdfText(file);
    const all = flat(text);
    for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'GIẤY MỜI', 'Trân trọng kính mời:', 'T/M BAN CHỈ ĐẠO']) expect(text).toContain(line);
    expect(text).toMatch(new RegExp(`${INVITATION_NUMBER.replace('/', '\\/')}\\s{4,}${INVITATION_DATE_LINE}`));
    expect(all).toContain('Thời gian: 08 giờ 00, thứ Tư, ngày 13 tháng 01 năm 2021.');
    expect(all).toContain(`Địa điểm: ${PLACE}.`);
    expect(all).toContain(`Nội dung: 1. ${REPORT} (đồng chí Nguyễn Văn An trình bày); 2. ${DISCUSSION}; 3. ${CLOSING_SPEECH} (đồng chí ${CHAIR} trình bày).`);
    expect(all).toContain(CHAIR);
    const docx = await saveWord(page, demoApp.dir);
    expect(docx).toMatch(/giay-moi-\d+\.docx$/);
    const words = flat(paragraphs(documentXml(docx)).join(' '));
    for (const said of ['GIẤY MỜI', INVITATION_NUMBER, INVITATION_DATE_LINE, TITLE, `Địa điểm: ${PLACE}.`, REPORT, DISCUSSION, CLOSING_SPEECH, 'Trịnh Tuấn Sinh']) expect(words).toContain(said);
    await expectPrintLooksLike(page, 'invitation');
    await page.setViewportSize(CLERK_SCREEN);
    await page.goBack();
  });

  await test.step('attendance: one absent with a reason, one represented', async () => {
    await page.goto(at(demoApp, `${meetingRoute}?tab=attendance`));
    await page.getByRole('button', { name: 'Có mặt cho tất cả người chưa điểm danh' }).click();
    await expect(page.getByText('Có mặt 7/7')).toBeVisible();
    await page.getByRole('radiogroup', { name: 'Điểm danh: Đỗ Văn Hải' }).getByRole('radio', { name: 'Có mặt' }).focus();
    await page.keyboard.press('v');
    await page.getByRole('textbox', { name: 'Lý do vắng của Đỗ Văn Hải' }).fill('Đi công tác tại Hà Nội');
    await page.keyboard.press('Enter');
    await page.getByRole('radiogroup', { name: 'Điểm danh: Hoàng Thị Dung' }).getByRole('radio', { name: 'Có mặt' }).focus();
    await page.keyboard.press('t');
    await expect(page.getByRole('textbox', { name: 'Người dự thay Hoàng Thị Dung', exact: true })).toBeFocused();
    await page.keyboard.type('Nguyễn Thị Hà');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Phó Giám đốc Sở Nội vụ');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Có mặt 5/7')).toBeVisible();
    await expect(page.getByText('Cử người dự thay 1 · Vắng 1 · Chưa điểm danh 0')).toBeVisible();
    await page.getByRole('tab', { name: 'Thông tin' }).click();
    await page.getByRole('button', { name: 'Đã họp' }).click();
    await expect(page.getByRole('link', { name: 'mở biên bản' })).toBeVisible();
  });

  await test.step('write the minutes: the 2020 results with a table, the discussion, the conclusion as a list', async () => {
    await page.getByRole('link', { name: 'mở biên bản' }).click();
    await expect(page.getByRole('heading', { name: `Biên bản: ${TITLE}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Thành phần tham dự' })).toHaveValue(/^Có mặt 5\/7 thành viên/);
    // A new meeting's minutes start with an empty body.
    await expect(editorOf(page)).toHaveText('');
    await editorOf(page).click();
    // Headings and the list by their keys, as the meeting goes.
    await page.keyboard.press('Control+Alt+2');
    await typeLine(page, 'I. Kết quả năm 2020');
    await typeLine(page, RESULTS);
    await page.keyboard.press('Control+Alt+2');
    await typeLine(page, 'II. Ý kiến thảo luận');
    await typeLine(page, DISCUSSED);
    await page.keyboard.press('Control+Alt+2');
    await typeLine(page, 'III. Kết luận của đồng chí Trưởng Ban Chỉ đạo');
    await typeLine(page, CONCLUDED);
    await page.keyboard.press('Control+Shift+8');
    for (const directive of DIRECTIVES.slice(0, -1)) await typeLine(page, directive);
    await page.keyboard.type(DIRECTIVES.at(-1)!);
    // The results' table, put in afterwards under the results (from the toolbar: it has no key);
    // Tab from cell to cell (not after the last: that would add a row).
    await caretToEndOf(page, RESULTS);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Chèn bảng' }).click();
    for (const [i, cell] of TABLE.flat().entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(cell);
    }
    // Back to the end: after the last directive, Enter twice leaves the list.
    await caretToEndOf(page, DIRECTIVES.at(-1)!);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const editor = editorOf(page);
    await expect(editor.locator('h2')).toHaveText(['I. Kết quả năm 2020', 'II. Ý kiến thảo luận', 'III. Kết luận của đồng chí Trưởng Ban Chỉ đạo']);
    await expect(editor.locator('table tr')).toHaveCount(3);
    await expect(editor.locator('ul > li')).toHaveText(DIRECTIVES);
    await expect(editor.locator('table tr').first()).toHaveText(TABLE[0]!.join(''));
    await expect(editor.locator('h2 + p + .tableWrapper table')).toHaveCount(1);
    await savedAt(page);
  });

  await test.step('the tab is closed mid-sentence; reopened, the draft is there', async () => {
    await page.keyboard.type(HALF);
    // No wait for the autosave: the tab goes at once.
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(at(demoApp, `${meetingRoute}/minutes`));
    await expect(reopened.getByRole('heading', { name: `Biên bản: ${TITLE}` })).toBeVisible();
    // Saved on leaving, or kept in the browser and offered back: either way the half sentence is there.
    const offered = reopened.getByRole('button', { name: 'Khôi phục bản nháp' });
    const fromBrowser = await offered.isVisible();
    test.info().annotations.push({ type: 'draft', description: fromBrowser ? 'offered back from the browser copy' : 'no offer: the archive had it (saved on leaving)' });
    if (fromBrowser) await offered.click();
    await expect(editorOf(reopened)).toContainText(HALF);
    await expect(editorOf(reopened).locator('ul > li')).toHaveCount(DIRECTIVES.length);
    await caretToEndOf(reopened, HALF);
    await reopened.keyboard.type(REST);
    await savedAt(reopened);
    await reopened.reload();
    await expect(editorOf(reopened)).toContainText(HALF + REST);
    page = reopened;
  });

  await test.step('finalize, then amend with a reason', async () => {
    await page.getByRole('button', { name: 'Hoàn thiện biên bản' }).click();
    await page.getByRole('dialog', { name: 'Hoàn thiện biên bản?' }).getByRole('button', { name: 'Hoàn thiện' }).click();
    await expect(page.getByText('Đã hoàn thiện', { exact: true })).toBeVisible();
    await expect(editorOf(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Đính chính biên bản' }).click();
    await page.getByRole('textbox', { name: 'Lý do đính chính' }).fill(REASON);
    await caretToEndOf(page, HALF + REST);
    await page.keyboard.press('Enter');
    await page.keyboard.type(AMENDED);
    await page.getByRole('button', { name: 'Lưu bản đính chính' }).click();
    const versions = page.getByRole('table', { name: 'Các phiên bản' });
    await expect(versions).toContainText('Đính chính lần 1');
    await expect(versions).toContainText(REASON);
  });

  await test.step('print the minutes: PDF and Word hold the signed text', async () => {
    await page.getByRole('link', { name: 'In biên bản' }).click();
    await expect(page).toHaveURL(/#\/print\/minutes\/\d+$/);
    const file = await pdfOfPrintView(page, demoApp, 'clerk-minutes');
    const text = pdfText(file);
    const all = flat(text);
    for (const line of ['TỈNH ỦY THANH HÓA', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BIÊN BẢN', 'Thanh Hóa, ngày 13 tháng 01 năm 2021']) expect(text).toContain(line);
    expect(all).not.toContain('DỰ THẢO');
    expect(all).toContain('Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.');
    expect(all).toContain('Vắng mặt: đồng chí Đỗ Văn Hải, Chánh Thanh tra tỉnh (lý do: Đi công tác tại Hà Nội).');
    expect(all).toContain('đồng chí Nguyễn Thị Hà, Phó Giám đốc Sở Nội vụ dự thay đồng chí Hoàng Thị Dung');
    expect(all).toContain(`Chủ trì: đồng chí ${CHAIR}`);
    expect(all).toContain(`Thư ký: đồng chí ${SECRETARY}`);
    for (const said of [RESULTS, DISCUSSED, CONCLUDED, ...DIRECTIVES, HALF + REST, AMENDED, CLOSING_LINE]) expect(all).toContain(said);
    expect(all).toMatch(new RegExp(TABLE.map((row) => row.join('\\s+')).join('\\s+')));
    expect(text).toMatch(/THƯ KÝ\s{4,}CHỦ TỌA/);
    expect(text).toMatch(new RegExp(`${SECRETARY}\\s{4,}${CHAIR}`));

    const saved = await saveWord(page, demoApp.dir);
    expect(saved).toMatch(/bien-ban-\d+\.docx$/);
    const words = paragraphs(documentXml(saved));
    const joined = flat(words.join(' '));
    for (const said of ['BIÊN BẢN', 'THƯ KÝ', 'CHỦ TỌA', CHAIR, SECRETARY, 'Thành phần tham dự: có mặt 5/7 thành viên Ban Chỉ đạo.', CLOSING_LINE]) {
      expect(joined).toContain(said);
    }
    for (const said of [RESULTS, DISCUSSED, ...DIRECTIVES, HALF + REST, AMENDED, ...TABLE.flat()]) expect(words).toContain(said);
    expect(joined).not.toContain('DỰ THẢO');
    await expectPrintLooksLike(page, 'minutes');
    minutesRoute = new URL(page.url()).hash.slice(1);
  });

  await test.step('the chair\'s name and post corrected in the people screen: the signed minutes print as signed', async () => {
    await page.setViewportSize(CLERK_SCREEN);
    await page.goto(at(demoApp, '/members/people'));
    await page.getByRole('textbox', { name: /Tìm theo tên/ }).fill('trinh tuan sinh');
    await page.getByRole('button', { name: `Sửa: ${CHAIR}` }).click();
    const form = page.getByRole('dialog', { name: 'Sửa thông tin cán bộ' });
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill(RENAMED);
    // A spelling correction: the new name replaces the old one everywhere, past days included.
    await form.getByRole('checkbox', { name: 'Sửa lỗi chính tả (không phải đổi tên)' }).check();
    await form.getByRole('textbox', { name: 'Chức vụ' }).fill('Bí thư Tỉnh ủy');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toBeHidden();
    await page.getByRole('textbox', { name: /Tìm theo tên/ }).fill('trinh tuan');
    await expect(page.getByRole('table', { name: 'Danh bạ cán bộ' }).getByRole('link', { name: RENAMED })).toBeVisible();
    // The meeting itself now shows the corrected name (the live record)…
    await page.goto(at(demoApp, meetingRoute));
    await expect(page.getByText(new RegExp(`^${RENAMED}, `)).first()).toBeVisible();
    // …the signed minutes do not.
    await page.goto(at(demoApp, minutesRoute));
    const file = await pdfOfPrintView(page, demoApp, 'clerk-minutes-after-rename');
    const all = flat(pdfText(file));
    expect(all).toContain(`Chủ trì: đồng chí ${CHAIR}, Phó Bí thư Tỉnh ủy.`);
    expect(pdfText(file)).toMatch(new RegExp(`${SECRETARY}\\s{4,}${CHAIR}`));
    expect(all).not.toContain(RENAMED);
    const words = flat(paragraphs(documentXml(await saveWord(page, demoApp.dir))).join(' '));
    expect(words).toContain(CHAIR);
    expect(words).not.toContain(RENAMED);
    await expectPrintLooksLike(page, 'minutes');
  });

  expect(consoleErrors.filter((e) => !/minutes\.save|Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
});
