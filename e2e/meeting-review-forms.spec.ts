import AxeBuilder from '@axe-core/playwright';
import { at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

// What the cold review of the meetings screens found (issue 8), each as the clerk meets it:
// a time 25:00 in the minutes, the empty new-meeting form, the print view of a meeting that
// does not exist, the time boxes, and Mantine's hidden measuring textarea.

test.use({ viewport: CLERK_SCREEN });

const TIME_MESSAGE = 'Giờ không hợp lệ, nhập hh:mm từ 00:00 đến 23:59';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('a time 25:00 in the minutes says what is wrong, and the footer never claims "Đã lưu" while it shows', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  const start = page.getByRole('textbox', { name: 'Giờ bắt đầu' });
  await expect(start).toHaveValue('08:00');
  await expect(start).toHaveAttribute('placeholder', 'HH:mm');
  await start.fill('25:00');
  await expect(page.getByText(TIME_MESSAGE)).toBeVisible();
  await expect(start).toHaveAccessibleDescription(TIME_MESSAGE);
  const status = page.getByRole('status').filter({ hasText: /lưu/i });
  await expect(status).toHaveText('Chưa lưu: Giờ bắt đầu không hợp lệ. Sửa lại thì biên bản mới được lưu.');
  // Long after the autosave's 2 s: still not "Đã lưu".
  await page.waitForTimeout(2_500);
  await expect(status).not.toHaveText(/Đã lưu/);
  await expect(page.getByRole('button', { name: 'Hoàn thiện biên bản' })).toBeDisabled();
  await screen(page, 'minutes-invalid-time');

  // Corrected the way the clerk writes it: tidied to 09:30 and saved.
  await start.fill('9h30');
  await start.blur();
  await expect(start).toHaveValue('09:30');
  await expect(page.getByText(TIME_MESSAGE)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Đã lưu lúc \d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Giờ bắt đầu' })).toHaveValue('09:30');
});

test('the empty new-meeting form flags the missing day, not the 08:00 already there; its time boxes read HH:mm', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings'));
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo hội nghị mới' });
  await form.getByRole('textbox', { name: 'Tên hội nghị' }).fill('Họp định kỳ quý I');
  await form.getByRole('button', { name: 'Lưu' }).click();
  const day = form.getByRole('textbox', { name: /^Ngày họp/ });
  const startTime = form.getByRole('textbox', { name: /^Bắt đầu/ });
  await expect(day).toHaveAccessibleDescription('Bắt buộc nhập');
  await expect(startTime).toHaveValue('08:00');
  await expect(startTime).not.toHaveAttribute('aria-invalid', 'true');
  await expect(startTime).toHaveAccessibleDescription('');
  await expect(startTime).toHaveAttribute('placeholder', 'HH:mm');
  await expect(form.getByRole('textbox', { name: /^Kết thúc/ })).toHaveAttribute('placeholder', 'HH:mm');
  await startTime.fill('25:00');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(startTime).toHaveAccessibleDescription(TIME_MESSAGE);
  await screen(page, 'meeting-form-empty');
});

for (const kind of ['minutes', 'invitation'] as const) {
  test(`#/print/${kind}/999 says the meeting is not found, with the way back; no retry, no Word button`, async ({ page, demoApp }) => {
    await page.goto(at(demoApp, `/print/${kind}/999`));
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy hội nghị' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Hội nghị số 999 không có trong kho lưu trữ');
    await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Word/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'In' })).toHaveCount(0);
    if (kind === 'minutes') await screen(page, 'print-minutes-missing');
    await page.getByRole('link', { name: 'Về danh sách hội nghị' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hội nghị' })).toBeVisible();
  });
}

test('no hidden "autosize measurement" textarea is left in the page by the minutes or the meeting forms; axe finds nothing', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings/1/minutes'));
  const attendees = page.getByRole('textbox', { name: 'Thành phần tham dự' });
  await attendees.fill('Có mặt 5/7 thành viên.\nVắng 2 thành viên có lý do.\nKhách mời: 2 đại biểu.');
  // It grows with its text all the same (CSS field-sizing), three lines tall.
  const height = await attendees.evaluate((e) => e.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(60);
  const measuring = page.locator('textarea[aria-label="autosize measurement"]');
  expect(await measuring.count(), 'on the minutes page').toBe(0);
  const onMinutes = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(onMinutes.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`), 'on the minutes page').toEqual([]);
  await page.goto(at(demoApp, '/meetings'));
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Ghi chú' }).fill('một\nhai\nba');
  expect(await measuring.count(), 'in the new-meeting dialog').toBe(0);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`), 'in the new-meeting dialog').toEqual([]);
});
