import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { API_PREFIX, TOKEN_HEADER } from '../electron/contract';
import { type RunningApp, at, expect, test } from './fixtures';
import { CLERK_SCREEN, screen } from './screens';

test.use({ viewport: CLERK_SCREEN });

/** The roster print view of a date, rendered to PDF and read back with pdftotext. */
async function printedRoster(page: Page, app: RunningApp, date: string): Promise<string> {
  await page.goto(at(app, `/print/roster/1?date=${date}`));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', '1');
  const file = path.join(app.dir, `roster-${date}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

test('the clerk reconstitutes the committee by decision, sees the roster before and after, and prints both', async ({
  page,
  demoApp,
  consoleErrors,
}) => {
  // The new Phó Trưởng ban is first entered in the directory.
  await page.goto(at(demoApp, '/members/people'));
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await personDialog.getByLabel('Họ và tên').fill('Mai Xuân Liêm');
  await personDialog.getByLabel('Chức vụ').fill('Phó Chủ tịch UBND tỉnh');
  await personDialog.getByLabel('Cơ quan, đơn vị').fill('UBND tỉnh Thanh Hóa');
  await personDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(personDialog).toBeHidden();

  await page.goto(at(demoApp, '/members/roster/1'));
  await page.getByRole('link', { name: 'Kiện toàn' }).click();
  await expect(page.getByRole('heading', { name: 'Kiện toàn Ban Chỉ đạo' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu quyết định').fill('112-QĐ/TU');
  const signed = page.getByRole('textbox', { name: 'Ngày ký' });
  await signed.fill('15/03/2021');
  await signed.press('Enter');
  await page.getByLabel('Cơ quan ban hành').fill('Tỉnh ủy Thanh Hóa');
  await page.getByLabel('Người ký', { exact: true }).fill('Đỗ Trọng Hưng');

  // The roster the decision acts on is the one of its date: Lê Thị Bình is Phó Trưởng ban.
  const current = page.getByRole('table', { name: 'Thành viên hiện có' });
  await expect(current).toContainText('Lê Thị Bình');
  await page.getByRole('combobox', { name: 'Theo quyết định: Lê Thị Bình' }).selectOption({ label: 'Thôi tham gia' });

  const picker = page.getByRole('combobox', { name: 'Thành viên mới 1' });
  await picker.click();
  await picker.fill('mai xuan liem');
  await page.getByRole('option', { name: /Mai Xuân Liêm/ }).click();
  await page.getByRole('combobox', { name: 'Chức danh trong Ban Chỉ đạo' }).selectOption({ label: 'Phó Trưởng ban' });
  await page.getByRole('textbox', { name: 'Chức vụ ghi trong quyết định' }).fill('Phó Chủ tịch UBND tỉnh');
  await screen(page, 'reconstitute-form');

  await page.getByRole('button', { name: 'Xem trước danh sách' }).click();
  const before = page.getByRole('table', { name: 'Danh sách trước kiện toàn' });
  const after = page.getByRole('table', { name: 'Danh sách sau kiện toàn' });
  await expect(before).toContainText('Lê Thị Bình');
  await expect(before).not.toContainText('Mai Xuân Liêm');
  await expect(after).toContainText('Mai Xuân Liêm');
  await expect(after).not.toContainText('Lê Thị Bình');
  await page.getByRole('button', { name: 'Xác nhận kiện toàn' }).scrollIntoViewIfNeeded();
  await screen(page, 'reconstitute-preview');

  await page.getByRole('button', { name: 'Xác nhận kiện toàn' }).click();
  await expect(page).toHaveURL(/#\/members\/roster\/1\?date=2021-03-15$/);
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster).toContainText('Mai Xuân Liêm');
  await expect(roster).not.toContainText('Lê Thị Bình');
  await screen(page, 'roster-after');

  // The day before the decision, the roster is the old one.
  const date = page.getByRole('textbox', { name: 'Tính đến ngày' });
  await date.fill('14/03/2021');
  await date.press('Enter');
  await expect(roster).toContainText('Lê Thị Bình');
  await expect(roster).not.toContainText('Mai Xuân Liêm');

  // The chosen date stays while the clerk moves around.
  await page.getByRole('tab', { name: 'Danh bạ cán bộ' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Thành viên', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Tính đến ngày' })).toHaveValue('14/03/2021');
  await expect(page.getByRole('table', { name: 'Danh sách thành viên' })).toContainText('Lê Thị Bình');

  // The committee's history shows the decision and what it changed.
  await page.getByRole('link', { name: 'Lịch sử Ban Chỉ đạo' }).click();
  const card = page.getByRole('article', { name: 'Quyết định 112-QĐ/TU' });
  await expect(card).toContainText('Mai Xuân Liêm');
  await expect(card).toContainText('Lê Thị Bình');
  await screen(page, 'committee-history');

  // Both rosters print with the right members.
  const beforeText = await printedRoster(page, demoApp, '2021-03-14');
  expect(beforeText).toContain('(Tính đến ngày 14/03/2021)');
  expect(beforeText).toMatch(/Lê Thị Bình/);
  expect(beforeText).not.toMatch(/Mai Xuân Liêm/);
  const afterText = await printedRoster(page, demoApp, '2021-03-15');
  expect(afterText).toContain('(Tính đến ngày 15/03/2021)');
  expect(afterText).toMatch(/Mai Xuân Liêm\s+Phó Chủ tịch UBND\s+Phó Trưởng ban/);
  expect(afterText).not.toMatch(/Lê Thị Bình/);
  await screen(page, 'print-after');
  expect(consoleErrors).toEqual([]);
});

// R-C (issue 7 fixes): a person not yet in the directory is entered on the reconstitution screen.
test('the clerk appoints a person not yet in the directory on the reconstitution screen, written with the decision', async ({ page, request, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, '/members/reconstitute/1'));
  await expect(page.getByRole('heading', { name: 'Kiện toàn Ban Chỉ đạo' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu quyết định').fill('112-QĐ/TU');
  const signed = page.getByRole('textbox', { name: 'Ngày ký' });
  await signed.fill('15/03/2021');
  await signed.press('Enter');
  await page.getByRole('combobox', { name: 'Theo quyết định: Lê Thị Bình' }).selectOption({ label: 'Thôi tham gia' });

  const row = page.getByRole('group', { name: 'Thành viên mới 1' });
  await row.getByRole('checkbox', { name: /Người mới/ }).check();
  await expect(row.getByRole('combobox', { name: 'Thành viên mới 1' })).toHaveCount(0);
  // A likely duplicate is shown while typing, as on the people form.
  await row.getByRole('textbox', { name: 'Họ và tên: Thành viên mới 1' }).fill('Le Thi Binh');
  await expect(row.getByRole('status')).toContainText('Lê Thị Bình');
  await row.getByRole('textbox', { name: 'Họ và tên: Thành viên mới 1' }).fill('Mai Xuân Liêm');
  await row.getByRole('textbox', { name: 'Chức vụ: Thành viên mới 1' }).fill('Phó Chủ tịch UBND tỉnh');
  await row.getByRole('textbox', { name: 'Cơ quan, đơn vị: Thành viên mới 1' }).fill('UBND tỉnh Thanh Hóa');
  await expect(row.getByRole('status')).toHaveCount(0);
  await row.getByRole('combobox', { name: 'Chức danh trong Ban Chỉ đạo' }).selectOption({ label: 'Phó Trưởng ban' });
  await expect(row.getByRole('textbox', { name: 'Chức vụ ghi trong quyết định' })).toHaveValue('Phó Chủ tịch UBND tỉnh');
  await screen(page, 'reconstitute-new-person');

  await page.getByRole('button', { name: 'Xem trước danh sách' }).click();
  const after = page.getByRole('table', { name: 'Danh sách sau kiện toàn' });
  await expect(after).toContainText('Mai Xuân Liêm');
  await expect(page.getByRole('table', { name: 'Danh sách trước kiện toàn' })).not.toContainText('Mai Xuân Liêm');
  // Previewing wrote nothing: the directory does not know him yet.
  const found = await request.post(`${demoApp.origin}${API_PREFIX}people.list`, { data: { query: 'mai xuan liem' }, headers: { [TOKEN_HEADER]: demoApp.token } });
  expect(((await found.json()) as { value: { items: unknown[] } }).value.items).toEqual([]);

  await page.getByRole('button', { name: 'Xác nhận kiện toàn' }).click();
  await expect(page).toHaveURL(/#\/members\/roster\/1\?date=2021-03-15$/);
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster.getByRole('row').filter({ hasText: 'Mai Xuân Liêm' })).toContainText('Phó Trưởng ban');
  await roster.getByRole('link', { name: 'Mai Xuân Liêm' }).click();
  await expect(page.getByText('Phó Chủ tịch UBND tỉnh, UBND tỉnh Thanh Hóa', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quá trình tham gia các Ban Chỉ đạo' })).toContainText('112-QĐ/TU');
  expect(consoleErrors).toEqual([]);
});

test('leaving a filled reconstitution asks first; an untouched one leaves at once', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/reconstitute/1'));
  const back = page.getByRole('link', { name: 'Về danh sách thành viên' });
  await back.click();
  await expect(page).toHaveURL(/#\/members\/roster\/1$/);

  await page.goto(at(demoApp, '/members/reconstitute/1'));
  await page.getByLabel('Số, ký hiệu quyết định').fill('112-QĐ/TU');
  await back.click();
  const ask = page.getByRole('alertdialog', { name: 'Bỏ các thay đổi?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(page).toHaveURL(/#\/members\/reconstitute\/1$/);
  await expect(page.getByLabel('Số, ký hiệu quyết định')).toHaveValue('112-QĐ/TU');
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/#\/$/);
});
