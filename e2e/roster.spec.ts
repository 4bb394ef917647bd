import { at, expect, test } from './fixtures';

test('a clerk opens the demo archive and sees the Thanh Hóa committee with its head', async ({ page, demoApp, consoleErrors }) => {
  await page.goto(at(demoApp, '/'));
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByLabel('Ban Chỉ đạo: 1')).toBeVisible();
  await expect(page.getByLabel('Thành viên đương nhiệm: 7')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Thành viên', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Ban Chỉ đạo' })).toHaveValue(
    'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
  );
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  const head = roster.getByRole('row').nth(1);
  await expect(head).toContainText('Trịnh Tuấn Sinh');
  await expect(head).toContainText('Phó Bí thư Tỉnh ủy');
  await expect(head).toContainText('Trưởng ban');
  await expect(roster.getByRole('row')).toHaveCount(8);
  // A former member is not on today's roster.
  await expect(roster).not.toContainText('Vũ Văn Minh');
  expect(consoleErrors).toEqual([]);
});

test('the roster as of an earlier date shows who sat on the committee then, and prints it', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1'));
  const roster = page.getByRole('table', { name: 'Danh sách thành viên' });
  await expect(roster).toContainText('Trịnh Tuấn Sinh');

  const date = page.getByRole('textbox', { name: 'Tính đến ngày' });
  await date.fill('01/06/2019');
  await date.press('Enter');
  await expect(roster).toContainText('Vũ Văn Minh');
  await expect(roster).not.toContainText('Trịnh Tuấn Sinh');

  await page.getByRole('button', { name: 'In danh sách' }).click();
  await expect(page).toHaveURL(/#\/print\/roster\/1\?date=2019-06-01$/);
  const sheet = page.locator('.a4-page');
  await expect(sheet).toContainText('(Tính đến ngày 01/06/2019)');
  await expect(sheet).toContainText('Vũ Văn Minh');
});

test('the clerk switches to English and the choice is remembered', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members'));
  await expect(page.getByRole('heading', { name: 'Thành viên' })).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Overview/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Roster' }).getByRole('row').nth(1)).toContainText('Head');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A fresh browser context has no local storage: the archive remembers the language.
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(at(demoApp, '/'));
  await expect(fresh.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await fresh.getByText('Tiếng Việt', { exact: true }).click();
  await expect(fresh.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await fresh.close();
});

test('meetings list the 13/01/2021 conference with its chair', async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/meetings'));
  const row = page.getByRole('table', { name: 'Hội nghị' }).getByRole('row').nth(1);
  await expect(row).toContainText('13/01/2021');
  await expect(row).toContainText('08:00–11:30');
  await expect(row).toContainText('Trịnh Tuấn Sinh');
  await expect(row).toContainText('Tổng kết');
});

test("the appoint form offers the chosen person's current position, which the clerk may change", async ({ page, demoApp }) => {
  await page.goto(at(demoApp, '/members/roster/1?date=2021-06-01'));
  await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
  const appoint = page.getByRole('dialog', { name: 'Bổ nhiệm thành viên theo quyết định' });
  const position = appoint.getByRole('textbox', { name: 'Chức vụ ghi trong quyết định' });
  await expect(position).toHaveValue('');
  await appoint.getByRole('combobox', { name: 'Họ và tên' }).fill('vu van minh');
  await page.getByRole('option', { name: /Vũ Văn Minh/ }).click();
  await expect(position).toHaveValue('Nguyên Chánh Thanh tra tỉnh');
  // Another person replaces the offer; what the clerk typed is kept.
  await appoint.getByRole('combobox', { name: 'Họ và tên' }).fill('hoang thi dung');
  await page.getByRole('option', { name: /Hoàng Thị Dung/ }).click();
  await expect(position).toHaveValue('Giám đốc Sở Nội vụ');
  await position.fill('Giám đốc Sở Nội vụ, Trưởng ban Thi đua');
  await appoint.getByRole('combobox', { name: 'Họ và tên' }).fill('vu van minh');
  await page.getByRole('option', { name: /Vũ Văn Minh/ }).click();
  await expect(position).toHaveValue('Giám đốc Sở Nội vụ, Trưởng ban Thi đua');
});
