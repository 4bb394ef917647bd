import type { Page } from '@playwright/test';
import { at, expect, test } from './fixtures';
import { addAgendaItem, chooseOption } from './meeting-steps';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

const COMMITTEE = /quy chế dân chủ tỉnh Thanh Hóa/;
const TITLE = 'Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022';
const REPORT = 'Báo cáo tổng kết công tác năm 2021, phương hướng, nhiệm vụ năm 2022';
const DISCUSSION = 'Thảo luận, đóng góp ý kiến của các đại biểu';
const CLOSING = 'Phát biểu kết luận của đồng chí Trưởng Ban Chỉ đạo';

/** The agenda's titles in the order shown. */
const agendaTitles = (page: Page) => page.getByRole('table', { name: 'Chương trình hội nghị' }).locator('tbody tr td:nth-child(3) p:first-child');

test('the clerk schedules a meeting like the seed: agenda reordered by keyboard and by drag, a guest, attendance, status to held', async ({
  page,
  demoApp,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  // The list: the seed meeting is there; a new one is created from it.
  await page.goto(at(demoApp, '/meetings'));
  await expect(page.getByRole('table', { name: 'Hội nghị' }).getByRole('row')).toHaveCount(2);
  await screen(page, 'meetings-list');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
  // Saving an empty form: the refusals are in Vietnamese, next to their fields.
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByText('Bắt buộc nhập').first()).toBeVisible();
  await chooseOption(page, form.getByRole('combobox', { name: 'Ban Chỉ đạo' }), 'quy che dan chu', COMMITTEE);
  await form.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: 'Tổng kết' }).click();
  await form.getByRole('textbox', { name: 'Tên hội nghị' }).fill(TITLE);
  await form.getByRole('textbox', { name: 'Ngày họp' }).fill('13/01/2022');
  await form.getByRole('textbox', { name: 'Ngày họp' }).press('Tab');
  await form.getByRole('textbox', { name: 'Bắt đầu (giờ:phút)' }).fill('8h');
  await form.getByRole('textbox', { name: 'Kết thúc (giờ:phút)' }).fill('7:30');
  await form.getByRole('textbox', { name: 'Địa điểm' }).fill('Trụ sở Tỉnh ủy Thanh Hóa');
  await chooseOption(page, form.getByRole('combobox', { name: 'Chủ trì' }), 'trinh', /Trịnh Tuấn Sinh/);
  await chooseOption(page, form.getByRole('combobox', { name: 'Thư ký' }), 'lan', /Trần Thị Lan/);
  await form.getByRole('button', { name: 'Lưu' }).click();
  // An end before the start is refused under the end time; the start was tidied to 08:00.
  await expect(form.getByText('Thời gian kết thúc phải sau thời gian bắt đầu')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Bắt đầu (giờ:phút)' })).toHaveValue('08:00');
  await form.getByRole('textbox', { name: 'Kết thúc (giờ:phút)' }).fill('11:30');
  await screen(page, 'meeting-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();

  // The meeting's page: Thông tin.
  await expect(page).toHaveURL(/#\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('13/01/2022 08:00–11:30').first()).toBeVisible();
  await expect(page.getByText('Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy')).toBeVisible();
  await screen(page, 'meeting-info');

  // Chương trình: three items, added out of order, put right by keyboard and by drag.
  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await addAgendaItem(page, CLOSING, { typed: 'Sinh', option: /^Trịnh Tuấn Sinh/ }, '30');
  await addAgendaItem(page, DISCUSSION, null, '120');
  await addAgendaItem(page, REPORT, { typed: 'nguyen van an', option: /^Nguyễn Văn An/ }, '30');
  // A presenter from outside the directory, typed freely.
  await page.getByRole('button', { name: `Sửa: ${DISCUSSION}` }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa nội dung' });
  // Typed and left with Tab (no option clicked): kept as typed.
  await edit.getByRole('combobox', { name: 'Người trình bày' }).fill('Các đại biểu dự hội nghị');
  await page.keyboard.press('Tab');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(agendaTitles(page)).toHaveText([CLOSING, DISCUSSION, REPORT]);
  // Keyboard: Alt+↓ twice on the closing speech sends it to the end; the focus stays on it.
  await page.getByRole('button', { name: `Kéo để đổi thứ tự: ${CLOSING}` }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(agendaTitles(page)).toHaveText([DISCUSSION, CLOSING, REPORT]);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(agendaTitles(page)).toHaveText([DISCUSSION, REPORT, CLOSING]);
  await expect(page.getByRole('button', { name: `Kéo để đổi thứ tự: ${CLOSING}` })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'vị trí 3/3' })).toBeAttached();
  // Mouse: the report is dragged above the discussion.
  const from = await page.getByRole('button', { name: `Kéo để đổi thứ tự: ${REPORT}` }).boundingBox();
  const to = await page.getByRole('button', { name: `Kéo để đổi thứ tự: ${DISCUSSION}` }).boundingBox();
  if (!from || !to) throw new Error('the drag handles are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 4, { steps: 10 });
  await page.mouse.up();
  await expect(agendaTitles(page)).toHaveText([REPORT, DISCUSSION, CLOSING]);
  await expect(page.getByText('Tổng thời lượng dự kiến: 180 phút')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Chương trình hội nghị' }).locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Nguyễn Văn An');
  await expect(rows.nth(1)).toContainText('Các đại biểu dự hội nghị');
  await expect(rows.nth(2)).toContainText('Trịnh Tuấn Sinh');
  await screen(page, 'meeting-agenda');
  // The order is the archive's, not only the screen's.
  await page.reload();
  await expect(agendaTitles(page)).toHaveText([REPORT, DISCUSSION, CLOSING]);

  // Giấy mời: the day's roster, a guest, the number from the committee's series.
  await page.getByRole('tab', { name: 'Giấy mời' }).click();
  await expect(page.getByRole('table', { name: /Thành viên Ban Chỉ đạo ngày 13\/01\/2022/ }).getByRole('row')).toHaveCount(8);
  await page.getByRole('button', { name: 'Thêm khách mời' }).click();
  const guest = page.getByRole('dialog', { name: 'Thêm khách mời' });
  await guest.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn Tùng');
  await guest.getByRole('textbox', { name: 'Chức vụ' }).fill('Phó Trưởng Ban Tổ chức Tỉnh ủy');
  await guest.getByRole('textbox', { name: 'Cơ quan, đơn vị' }).fill('Ban Tổ chức Tỉnh ủy');
  await guest.getByRole('button', { name: 'Lưu' }).click();
  await expect(guest).toBeHidden();
  await expect(page.getByRole('table', { name: 'Khách mời' })).toContainText('Nguyễn Văn Tùng');
  await expect(page.getByRole('link', { name: 'In giấy mời' })).toHaveAttribute('href', /#\/print\/invitation\/\d+$/);
  await screen(page, 'meeting-invitation');

  // Thông tin: draft → invited.
  await page.getByRole('tab', { name: 'Thông tin' }).click();
  await page.getByRole('button', { name: 'Đã gửi giấy mời' }).click();
  await expect(page.getByRole('button', { name: 'Đã họp' })).toBeVisible();
  await page.getByRole('tab', { name: 'Giấy mời' }).click();
  await page.getByRole('button', { name: 'Cấp số giấy mời' }).click();
  // Asked first (helper P2): the number it will take and the invitation's date, before the meeting.
  const issue = page.getByRole('dialog', { name: 'Cấp số giấy mời?' });
  await expect(issue.getByRole('status')).toContainText('Số 02-GM/BCĐ');
  await issue.getByRole('textbox', { name: /^Ngày giấy mời/ }).fill('06/01/2022');
  await issue.getByRole('textbox', { name: /^Ngày giấy mời/ }).press('Tab');
  await issue.getByRole('button', { name: 'Cấp số' }).click();
  await expect(page.getByText('Số 02-GM/BCĐ, ngày 06/01/2022')).toBeVisible();

  // Điểm danh: everyone present, then one absent with a reason and one represented, by keyboard.
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(page.getByText('Có mặt 0/7')).toBeVisible();
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
  await screen(page, 'meeting-attendance');
  // What was typed is in the archive.
  await page.reload();
  await expect(page.getByText('Có mặt 5/7')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Lý do vắng của Đỗ Văn Hải' })).toHaveValue('Đi công tác tại Hà Nội');
  await expect(page.getByRole('textbox', { name: 'Chức vụ người dự thay Hoàng Thị Dung' })).toHaveValue('Phó Giám đốc Sở Nội vụ');

  // Biên bản and Tài liệu.
  await page.getByRole('tab', { name: 'Biên bản' }).click();
  await expect(page.getByRole('link', { name: 'Mở biên bản' })).toHaveAttribute('href', /#\/meetings\/\d+\/minutes$/);
  await screen(page, 'meeting-minutes-tab');
  await page.getByRole('tab', { name: 'Tài liệu' }).click();
  await screen(page, 'meeting-files-tab');

  // invited → held; meanwhile a second window still shows "invited" and tries to cancel: refused, in Vietnamese.
  const meetingUrl = page.url();
  const other = await page.context().newPage();
  await other.goto(at(demoApp, new URL(meetingUrl).hash.slice(1).replace(/\?.*$/, '')));
  await expect(other.getByRole('button', { name: 'Hủy hội nghị' })).toBeVisible();
  await page.getByRole('tab', { name: 'Thông tin' }).click();
  await page.getByRole('button', { name: 'Đã họp' }).click();
  // A held meeting's next step is its minutes: finalizing them finishes the meeting (no hand step).
  await expect(page.getByRole('link', { name: 'mở biên bản' })).toHaveAttribute('href', /#\/meetings\/\d+\/minutes$/);
  await expect(page.getByRole('button', { name: 'Hoàn thành biên bản' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Hủy hội nghị' }).click();
  const cancel = other.getByRole('dialog', { name: 'Hủy hội nghị' });
  await cancel.getByRole('button', { name: 'Xác nhận hủy hội nghị' }).click();
  await expect(cancel.getByText('Bắt buộc nhập')).toBeVisible();
  await cancel.getByRole('textbox', { name: 'Lý do hủy' }).fill('Lãnh đạo tỉnh bận đột xuất');
  await cancel.getByRole('button', { name: 'Xác nhận hủy hội nghị' }).click();
  await expect(cancel.getByRole('alert')).toContainText('Không thực hiện được "Hủy hội nghị": hội nghị hiện ở trạng thái "Đã họp"');
  await screen(other, 'meeting-refused-transition');
  await cancel.getByRole('button', { name: 'Không hủy' }).click();
  // The stale window now shows the meeting as it is: held, its next step the minutes.
  await expect(other.getByRole('link', { name: 'mở biên bản' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Hủy hội nghị' })).toHaveCount(0);
  await other.close();

  // Back in the list, Enter on a meeting opens it.
  await page.goto(at(demoApp, '/meetings?year=2022'));
  const list = page.getByRole('table', { name: 'Hội nghị' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Đã họp');
  await list.getByRole('link', { name: TITLE }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
